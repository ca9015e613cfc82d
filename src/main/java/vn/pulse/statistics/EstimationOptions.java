package vn.pulse.statistics;

import vn.pulse.base.DomainException;

/**
 * Choices every estimate is made with.
 *
 * @param confidenceLevel    of the intervals, in (0, 1); 0.95 by default
 * @param proportionInterval the interval for proportions; logit by default
 * @param minCellSize        k of the disclosure rule: any cell with fewer than k respondents is
 *                           suppressed; 5 by default. 0 turns the rule off: for methods work and
 *                           tests only, never for figures people read.
 */
public record EstimationOptions(double confidenceLevel, ProportionInterval proportionInterval, int minCellSize) {

    public static final EstimationOptions DEFAULT = new EstimationOptions(0.95, ProportionInterval.LOGIT, 5);

    /** Default options without the disclosure rule: for methods work and tests, never publication. */
    public static final EstimationOptions UNSUPPRESSED = DEFAULT.withMinCellSize(0);

    public EstimationOptions {
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw DomainException.invalid("invalid_confidence_level", "statistics.error.invalidConfidenceLevel",
                    confidenceLevel);
        }
        if (proportionInterval == null) {
            throw new IllegalArgumentException("proportionInterval");
        }
        if (minCellSize < 0) {
            throw DomainException.invalid("invalid_min_cell_size", "statistics.error.invalidMinCellSize", minCellSize);
        }
    }

    public EstimationOptions withMinCellSize(int k) {
        return new EstimationOptions(confidenceLevel, proportionInterval, k);
    }

    public EstimationOptions withProportionInterval(ProportionInterval interval) {
        return new EstimationOptions(confidenceLevel, interval, minCellSize);
    }
}
