package vn.pulse.statistics;

/** Design-based comparisons of two groups or two periods of one sample. */
public final class GroupComparison {

    private final Estimator estimator;

    public GroupComparison() {
        this(EstimationOptions.DEFAULT);
    }

    public GroupComparison(EstimationOptions options) {
        this.estimator = new Estimator(options);
    }

    /**
     * The difference of two domain means, ȳ_c − ȳ_r, with the linearised score
     * w_i(y_i − ȳ_c)/W_c·1{i∈c} − w_i(y_i − ȳ_r)/W_r·1{i∈r}, so that the covariance of groups
     * sharing PSUs is accounted for (R: {@code svyby(..., covmat=TRUE)} + {@code svycontrast};
     * the t test is {@code svyttest}'s: df = PSUs − strata − 1; Lumley 2010 §5.2).
     */
    public Difference means(Sample sample, double[] values, boolean[] reference, boolean[] comparison) {
        return compare(sample, values, reference, comparison, estimator.mean(sample, values, reference),
                estimator.mean(sample, values, comparison));
    }

    /** The difference of two domain shares of a 0/1 indicator, as {@link #means}. */
    public Difference proportions(Sample sample, double[] indicator, boolean[] reference, boolean[] comparison) {
        return compare(sample, indicator, reference, comparison, estimator.proportion(sample, indicator, reference),
                estimator.proportion(sample, indicator, comparison));
    }

    private Difference compare(Sample sample, double[] values, boolean[] reference, boolean[] comparison,
                               Estimate first, Estimate second) {
        double nan = Double.NaN;
        if (first.suppressed() || second.suppressed()) {
            return new Difference(first, second, nan, nan, nan, nan, nan, nan, nan, true);
        }
        double difference = second.estimate() - first.estimate();
        if (!sample.design().isProbability()) {
            return new Difference(first, second, difference, nan, nan, nan, nan, nan, nan, false);
        }
        boolean[] either = new boolean[values.length];
        double[] scores = new double[values.length];
        addScores(sample, values, comparison, second.estimate(), 1, scores, either);
        addScores(sample, values, reference, first.estimate(), -1, scores, either);
        double se = Math.sqrt(DesignVariance.variance(sample, scores, either));
        double df = sample.degreesOfFreedom(either) - 1.0;
        double t = difference / se;
        double[] interval = Intervals.t(difference, se, df, estimator.options().confidenceLevel());
        return new Difference(first, second, difference, se, df, t, Distributions.tTwoSided(t, df), interval[0],
                interval[1], false);
    }

    /** Adds sign · w_i(y_i − mean)/W over the group's respondents with a value. */
    private static void addScores(Sample sample, double[] values, boolean[] group, double mean, int sign,
                                  double[] scores, boolean[] either) {
        boolean[] members = Domains.orEveryone(group, values.length);
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            total += members[i] && !Double.isNaN(values[i]) ? sample.weight(i) : 0;
        }
        for (int i = 0; i < values.length; i++) {
            if (members[i] && !Double.isNaN(values[i])) {
                scores[i] += sign * sample.weight(i) * (values[i] - mean) / total;
                either[i] = true;
            }
        }
    }
}
