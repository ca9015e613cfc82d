package vn.pulse.reporting;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code pulse.reporting.*} (documented in README.md).
 *
 * @param minReports    the small-cell rule of reports: figures resting on fewer opinion reports
 *                      are withheld (5)
 * @param workers       reports rendered at the same time on one instance (2)
 * @param scheduleCheck how often an instance looks for scheduled reports that are due (1 min)
 * @param staleRun      a scheduled run without a sign of life for this long was lost with its
 *                      instance, and another instance takes it over (30 min)
 * @param resources     a folder laid out like reports/ whose templates, fonts and images replace
 *                      the built-in ones, read afresh at every render; empty: the built-in ones
 */
@ConfigurationProperties("pulse.reporting")
public record ReportingProperties(
        @DefaultValue("5") int minReports,
        @DefaultValue("2") int workers,
        @DefaultValue("1m") Duration scheduleCheck,
        @DefaultValue("30m") Duration staleRun,
        Path resources) {

    public ReportingProperties {
        if (minReports < 1) {
            throw new IllegalArgumentException("pulse.reporting.min-reports must be at least 1");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("pulse.reporting.workers must be at least 1");
        }
    }
}
