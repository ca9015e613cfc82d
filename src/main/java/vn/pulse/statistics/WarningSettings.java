package vn.pulse.statistics;

import vn.pulse.base.DomainException;

/**
 * How sensitive the early warning is.
 *
 * @param baselineWeeks weeks before the latest one whose counts form the baseline (8)
 * @param significance  the upper-tail probability below which a count is surprising (0.01);
 *                      smaller is less sensitive
 * @param minimumCount  fewest opinions in the latest week that can raise an alert (5)
 * @param minimumRatio  smallest rise over the baseline mean that can raise an alert (1.5)
 */
public record WarningSettings(int baselineWeeks, double significance, long minimumCount, double minimumRatio) {

    public static final WarningSettings DEFAULT = new WarningSettings(8, 0.01, 5, 1.5);

    public WarningSettings {
        if (baselineWeeks < 2 || !(significance > 0 && significance < 1) || minimumCount < 1 || !(minimumRatio >= 1)) {
            throw DomainException.invalid("invalid_warning_settings", "statistics.error.invalidWarningSettings",
                    baselineWeeks, significance, minimumCount, minimumRatio);
        }
    }
}
