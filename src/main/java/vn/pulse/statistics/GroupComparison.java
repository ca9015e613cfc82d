package vn.pulse.statistics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The difference between two disjoint domains (two areas, two periods, an area and the rest)
     * from their per-PSU sums alone, as {@link #means} computes it from raw rows: the score of a
     * respondent of domain d is w_i(y_i − ȳ_d)/W_d, so a sampling unit's score total is
     * (Σwy − ȳ_d Σw)/W_d, and for element respondents Σt² follows from Σw²y², Σw²y and Σw² of
     * each domain (disjoint domains share no respondent, so no cross term arises).
     *
     * @param reference  sums of the reference domain (same design and frames as the comparison)
     * @param comparison sums of the comparison domain
     * @param proportion whether y is a 0/1 indicator (proportion interval and disclosure rule)
     */
    public Difference difference(SufficientStatistics reference, SufficientStatistics comparison, boolean proportion) {
        EstimationOptions options = estimator.options();
        Estimate first = proportion ? reference.proportion(options) : reference.mean(options);
        Estimate second = proportion ? comparison.proportion(options) : comparison.mean(options);
        double nan = Double.NaN;
        if (first.suppressed() || second.suppressed()) {
            return new Difference(first, second, nan, nan, nan, nan, nan, nan, nan, true);
        }
        double difference = second.estimate() - first.estimate();
        if (!comparison.type().isProbability()) {
            return new Difference(first, second, difference, nan, nan, nan, nan, nan, nan, false);
        }
        Map<List<String>, double[]> units = new LinkedHashMap<>();
        Map<String, double[]> elementSquares = new LinkedHashMap<>();
        long elementUnits = 0;
        for (int d = 0; d < 2; d++) {
            SufficientStatistics sums = d == 0 ? reference : comparison;
            double sign = d == 0 ? -1 : 1;
            double w = 0;
            double wy = 0;
            for (PsuSums cell : sums.cells()) {
                w += cell.sumW();
                wy += cell.sumWY();
            }
            double mean = wy / w;
            double alpha = sign / w;
            double beta = -sign * mean / w;
            for (PsuSums cell : sums.cells()) {
                units.computeIfAbsent(Arrays.asList(cell.stratum(), cell.psu()), k -> new double[1])[0]
                        += alpha * cell.sumWY() + beta * cell.sumW();
                if (cell.isElementAggregate()) {
                    elementSquares.computeIfAbsent(cell.stratum(), k -> new double[1])[0] += alpha * alpha * cell.sumW2Y2()
                            + 2 * alpha * beta * cell.sumW2Y() + beta * beta * cell.sumW2();
                    elementUnits += cell.n();
                }
            }
        }
        Map<String, StratumScores> strata = new LinkedHashMap<>();
        long psus = 0;
        for (var entry : units.entrySet()) {
            String stratum = entry.getKey().get(0);
            StratumScores scores = strata.computeIfAbsent(stratum, s -> new StratumScores(comparison.strata().get(s), 1));
            if (entry.getKey().get(1) == null) {
                scores.addScalar(entry.getValue()[0], elementSquares.get(stratum)[0]);
            } else {
                scores.addPsu(entry.getValue());
                psus++;
            }
        }
        double se = Math.sqrt(TaylorVariance.variance(strata.values(), comparison.lonelyPsu()));
        double df = psus + elementUnits - strata.size() - 1.0;
        double t = difference / se;
        double[] interval = Intervals.t(difference, se, df, options.confidenceLevel());
        return new Difference(first, second, difference, se, df, t, Distributions.tTwoSided(t, df), interval[0],
                interval[1], false);
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
