package vn.pulse.statistics;

/** Turns a point estimate and its variance into a published {@link Estimate}. */
final class Estimates {

    /** What is estimated, which decides the interval and the disclosure rule. */
    enum Statistic { MEAN, PROPORTION, TOTAL, RATIO }

    private Estimates() {
    }

    /**
     * The estimate with its interval (t for means, totals and ratios; {@link ProportionInterval}
     * for proportions), withheld when the disclosure rule says so: fewer than k respondents
     * behind it, or for a proportion fewer than k with or without the option.
     *
     * @param cases respondents with the option (proportions only)
     */
    static Estimate of(Statistic statistic, long n, long cases, double estimate, double variance, double df,
                       double deff, boolean probabilitySample, EstimationOptions options) {
        DisclosureControl disclosure = new DisclosureControl(options.minCellSize());
        boolean hidden = statistic == Statistic.PROPORTION ? disclosure.hidesShare(cases, n) : disclosure.hides(n);
        if (hidden) {
            return Estimate.suppressed(probabilitySample);
        }
        if (!probabilitySample) {
            return new Estimate(n, estimate, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, false);
        }
        double se = Math.sqrt(variance);
        double[] interval = statistic == Statistic.PROPORTION
                ? Intervals.proportion(options.proportionInterval(), estimate, se, df, n, options.confidenceLevel())
                : Intervals.t(estimate, se, df, options.confidenceLevel());
        return new Estimate(n, estimate, se, interval[0], interval[1], df, deff, true, false);
    }
}
