package vn.pulse.opinion;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/** The deadline rules in force: the deepest rule above an area wins, else the configured default. */
record Deadlines(List<DeadlineRule> rules, int defaultDueDay) {

    int dueDayFor(String areaPath) {
        String path = areaPath == null ? "/" : areaPath;
        return rules.stream()
                .filter(rule -> path.startsWith(rule.areaPath()))
                .max(Comparator.comparingInt(rule -> rule.areaPath().length()))
                .map(DeadlineRule::dueDay)
                .orElse(defaultDueDay);
    }

    ReportingPeriod period(YearMonth month, String areaPath) {
        return ReportingPeriod.monthly(month, dueDayFor(areaPath));
    }
}
