package vn.pulse.opinion;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code pulse.opinion.*} (documented in README.md).
 *
 * @param defaultDueDay      day of the following month by which a monthly report is due, where no
 *                           area has its own rule (1–28)
 * @param statisticsStatuses report statuses whose streams feed statistics; by default approved ones
 *                           and submitted ones nobody has reviewed yet (outputs flag the latter)
 * @param monthsShown        how many past months a collaborator is shown as due and a supervisor may
 *                           check for timeliness
 */
@ConfigurationProperties("pulse.opinion")
public record OpinionProperties(
        @DefaultValue("5") int defaultDueDay,
        @DefaultValue({"submitted", "approved"}) Set<ReportStatus> statisticsStatuses,
        @DefaultValue("12") int monthsShown) {

    public OpinionProperties {
        if (defaultDueDay < 1 || defaultDueDay > ReportingPeriod.MAX_DUE_DAY) {
            throw new IllegalArgumentException("pulse.opinion.default-due-day must be 1–28: " + defaultDueDay);
        }
        if (statisticsStatuses.isEmpty() || statisticsStatuses.contains(ReportStatus.DRAFT)) {
            throw new IllegalArgumentException("pulse.opinion.statistics-statuses must name submitted statuses only");
        }
        statisticsStatuses = Set.copyOf(statisticsStatuses);
        if (monthsShown < 1) {
            throw new IllegalArgumentException("pulse.opinion.months-shown must be at least 1");
        }
    }
}
