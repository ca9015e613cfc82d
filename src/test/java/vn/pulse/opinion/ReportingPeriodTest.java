package vn.pulse.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    private static final ReportingPeriod OCTOBER = ReportingPeriod.monthly(YearMonth.of(2026, 10), 5);

    @Test
    void a_monthly_report_is_due_on_the_given_day_of_the_next_month() {
        assertThat(OCTOBER.dueOn()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(ReportingPeriod.monthly(YearMonth.of(2026, 12), 28).dueOn()).isEqualTo(LocalDate.of(2027, 1, 28));
    }

    @Test
    void on_the_due_day_is_on_time_and_each_day_after_counts_as_late() {
        assertThat(OCTOBER.punctuality(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 12, 1))).isEqualTo(Punctuality.ON_TIME);
        assertThat(OCTOBER.punctuality(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 12, 1))).isEqualTo(Punctuality.ON_TIME);
        assertThat(OCTOBER.punctuality(LocalDate.of(2026, 11, 8), LocalDate.of(2026, 12, 1))).isEqualTo(Punctuality.LATE);
        assertThat(OCTOBER.daysLate(LocalDate.of(2026, 11, 8), LocalDate.of(2026, 12, 1))).isEqualTo(3);
    }

    @Test
    void nothing_submitted_is_missing_only_after_the_deadline() {
        assertThat(OCTOBER.punctuality(null, LocalDate.of(2026, 11, 5))).isEqualTo(Punctuality.NOT_DUE);
        assertThat(OCTOBER.daysLate(null, LocalDate.of(2026, 11, 5))).isZero();
        assertThat(OCTOBER.punctuality(null, LocalDate.of(2026, 11, 6))).isEqualTo(Punctuality.MISSING);
        assertThat(OCTOBER.daysLate(null, LocalDate.of(2026, 11, 15))).isEqualTo(10);
    }

    @Test
    void the_deepest_rule_above_an_area_wins_over_the_default() {
        Deadlines deadlines = new Deadlines(List.of(rule("/08/", 10), rule("/08/02236/", 20), rule("/01/", 3)), 5);
        assertThat(deadlines.dueDayFor("/08/02236/")).isEqualTo(20);
        assertThat(deadlines.dueDayFor("/08/02239/")).isEqualTo(10);
        assertThat(deadlines.dueDayFor("/04/")).isEqualTo(5);
        assertThat(deadlines.dueDayFor(null)).isEqualTo(5);
        assertThat(deadlines.period(YearMonth.of(2026, 1), "/01/00004/").dueOn()).isEqualTo(LocalDate.of(2026, 2, 3));
    }

    @Test
    void the_summary_counts_each_state_and_the_on_time_share_of_those_due() {
        YearMonth month = YearMonth.of(2026, 10);
        TimelinessSummary summary = TimelinessSummary.of(month, List.of(row(Punctuality.ON_TIME, 0),
                row(Punctuality.ON_TIME, 0), row(Punctuality.LATE, 2), row(Punctuality.LATE, 4),
                row(Punctuality.MISSING, 9), row(Punctuality.NOT_DUE, 0)));
        assertThat(summary.onTime()).isEqualTo(2);
        assertThat(summary.lateOrMissing()).isEqualTo(3);
        assertThat(summary.averageDaysLate()).isEqualTo(3.0);
        assertThat(summary.onTimeShare()).isEqualTo(0.4);
    }

    private static DeadlineRule rule(String path, int day) {
        return new DeadlineRule(path, path, path, day, null, "test");
    }

    private static CollaboratorTimeliness row(Punctuality punctuality, long days) {
        return new CollaboratorTimeliness(new Author(1L, "A", false), "08", "Tuyên Quang", YearMonth.of(2026, 10),
                LocalDate.of(2026, 11, 5), punctuality, days, null, null);
    }
}
