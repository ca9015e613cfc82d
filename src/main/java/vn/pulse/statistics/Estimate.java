package vn.pulse.statistics;

/**
 * An estimate with its base and uncertainty. Numbers that do not exist are NaN: the standard
 * error, interval and design effect of a non-probability sample, the interval when the design
 * has no degrees of freedom, every number of a suppressed cell.
 *
 * @param n                 respondents behind the estimate (its base); 0 when suppressed
 * @param estimate          the mean, share (0..1), total or ratio
 * @param se                its linearised standard error
 * @param ciLow             lower end of the confidence interval
 * @param ciHigh            upper end of the confidence interval
 * @param df                degrees of freedom of the interval: PSUs − strata among the
 *                          respondents behind it (R: {@code degf} of the subset design)
 * @param deff              design effect: the variance over that of a simple random sample of
 *                          the same size (R: {@code deff=TRUE}, see {@link SufficientStatistics})
 * @param probabilitySample whether the design allows margins of error at all
 * @param suppressed        withheld by the disclosure rule: never shown as a number
 */
public record Estimate(long n, double estimate, double se, double ciLow, double ciHigh, double df, double deff,
                       boolean probabilitySample, boolean suppressed) {

    /** A cell withheld by the disclosure rule. */
    public static Estimate suppressed(boolean probabilitySample) {
        return new Estimate(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                probabilitySample, true);
    }

    /** Whether a margin of error exists for this estimate. */
    public boolean hasMarginOfError() {
        return probabilitySample && !suppressed && !Double.isNaN(ciLow);
    }

    /** What is estimated, which decides the interval and the disclosure rule. */
    enum Statistic { MEAN, PROPORTION, TOTAL, RATIO }

    /**
     * The estimate with its interval (t for means, totals and ratios; {@link ProportionInterval}
     * for proportions), withheld when the disclosure rule says so: fewer than k respondents
     * behind it, or for a proportion fewer than k with or without the option.
     *
     * @param cases respondents with the option (proportions only)
     */
    static Estimate publish(Statistic statistic, long n, long cases, double estimate, double variance, double df,
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
