package vn.pulse.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.pulse.statistics.LonelyPsu;

/**
 * Settings under {@code pulse.analytics.*} (documented in README.md).
 *
 * @param minCellSize k of the small-cell rule: dashboard and API figures resting on fewer than k
 *                    respondents are withheld (at least 1: published figures always follow the rule)
 * @param lonelyPsu   what a stratum with a single sampled PSU contributes to a variance; dashboards
 *                    cut samples into small domains, so R's default "fail" would blank them, and
 *                    "adjust" (centre on the grand mean, conservative) is the default
 * @param rollupDrainDelay  how often each instance folds queued submissions and reviews into the
 *                          rollups (dashboards also catch up before they read)
 * @param rollupDrainBatch  queued changes folded in per transaction
 */
@ConfigurationProperties("pulse.analytics")
public record AnalyticsProperties(
        @DefaultValue("5") int minCellSize,
        @DefaultValue("adjust") LonelyPsu lonelyPsu,
        @DefaultValue("1s") java.time.Duration rollupDrainDelay,
        @DefaultValue("20000") int rollupDrainBatch) {

    public AnalyticsProperties {
        if (minCellSize < 1) {
            throw new IllegalArgumentException("pulse.analytics.min-cell-size must be at least 1: " + minCellSize);
        }
        if (rollupDrainBatch < 1 || rollupDrainBatch > 50_000) {
            throw new IllegalArgumentException("pulse.analytics.rollup-drain-batch must be 1 to 50000: " + rollupDrainBatch);
        }
    }
}
