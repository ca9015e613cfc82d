package vn.pulse.opinion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.stereotype.Component;
import vn.pulse.base.PulseProperties;

/** The deadlines in force now, and the local calendar they are cut in (pulse.time-zone). */
@Component
class DeadlineRules {

    private final DeadlineRepository rules;
    private final OpinionProperties properties;
    private final PulseProperties pulse;
    private final Clock clock;

    DeadlineRules(DeadlineRepository rules, OpinionProperties properties, PulseProperties pulse, Clock clock) {
        this.rules = rules;
        this.properties = properties;
        this.pulse = pulse;
        this.clock = clock;
    }

    Deadlines current() {
        return new Deadlines(rules.findAll(), properties.defaultDueDay());
    }

    ReportingPeriod periodFor(YearMonth month, String areaPath) {
        return current().period(month, areaPath);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(pulse.timeZone()));
    }

    YearMonth currentMonth() {
        return YearMonth.from(today());
    }

    /** The month an instant falls in, in the local calendar. */
    YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(pulse.timeZone()));
    }

    /** The oldest month a person is still shown as due or may check: pulse.opinion.months-shown back. */
    YearMonth oldestShown() {
        return currentMonth().minusMonths(properties.monthsShown() - 1L);
    }
}
