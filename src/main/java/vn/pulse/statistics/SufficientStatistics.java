package vn.pulse.statistics;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.pulse.base.DomainException;

/**
 * Means, proportions and totals with Taylor-linearised standard errors computed from per-PSU
 * sums alone: the entry point for rollups, and the path every raw-row estimate of an
 * uncalibrated sample takes ({@link Sample#sums}), so both give the same numbers by construction.
 *
 * <p>With W = Σw over the cells and ȳ = Σwy / W, the linearised score of respondent i is
 * t_i = w_i (y_i − ȳ)/W for the mean (the share, for a 0/1 y) and t_i = w_i y_i for the total
 * (Lumley 2010 §2.2; Binder 1983). A cluster's score total follows from its Σw and Σwy; the
 * scores of a stratum's element PSUs give Σt = (Σwy − ȳΣw)/W and
 * Σt² = (Σw²y² − 2ȳΣw²y + ȳ²Σw²)/W². The variance is then {@link TaylorVariance}'s.
 *
 * <p>Design effects are R's {@code deff=TRUE}: the variance over that of a simple random sample
 * without replacement of n from a population of Σw, s²(Σw − n)/(Σw·n) for a mean, where
 * s² = n/(n − 1) · Σw(y − ȳ)²/Σw. When the weights do not sum to more than n (unweighted or
 * normalised weights: no population size is known; R would give Inf or NA) the reference is
 * sampling with replacement, s²/n (R's {@code deff="replace"}). For a total both are
 * multiplied by (Σw)².
 *
 * @param type      the design type; non-probability designs get no standard errors
 * @param lonelyPsu the rule for strata with a single PSU
 * @param strata    every stratum of the whole sample with its sampled PSU count and population
 * @param cells     the sums per PSU (or per stratum of element PSUs) over the respondents that
 *                  count, e.g. a domain's
 */
public record SufficientStatistics(DesignType type, LonelyPsu lonelyPsu, Map<String, StratumFrame> strata,
                                   List<PsuSums> cells) {

    public SufficientStatistics {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(lonelyPsu, "lonelyPsu");
        strata = Map.copyOf(strata);
        cells = List.copyOf(cells);
        for (PsuSums cell : cells) {
            if (!strata.containsKey(cell.stratum())) {
                throw DomainException.invalid("unknown_stratum", "statistics.error.unknownStratum", cell.stratum());
            }
            if (type.isClustered() && cell.isElementAggregate()) {
                throw DomainException.invalid("missing_cluster", "statistics.error.sumsWithoutCluster", cell.stratum());
            }
        }
    }

    /** The weighted mean Σwy/Σw with its t interval; see the class comment for the variance. */
    public Estimate mean(EstimationOptions options) {
        return estimate(Estimate.Statistic.MEAN, options, null);
    }

    /** The weighted share of respondents with y = 1, with the options' proportion interval. */
    public Estimate proportion(EstimationOptions options) {
        return estimate(Estimate.Statistic.PROPORTION, options, null);
    }

    /** The weighted total Σwy (Horvitz–Thompson) with its t interval. */
    public Estimate total(EstimationOptions options) {
        return estimate(Estimate.Statistic.TOTAL, options, null);
    }

    /** The variance of the scores α·w_i y_i + β·w_i, when computed elsewhere (calibrated samples). */
    interface ScoreVariance {
        double of(double alpha, double beta);
    }

    Estimate estimate(Estimate.Statistic statistic, EstimationOptions options, ScoreVariance override) {
        Totals totals = Totals.of(cells);
        if (totals.n() == 0) {
            return Estimate.suppressed(type.isProbability());
        }
        boolean total = statistic == Estimate.Statistic.TOTAL;
        double estimate = total ? totals.wy() : totals.wy() / totals.w();
        double alpha = total ? 1 : 1 / totals.w();
        double beta = total ? 0 : -estimate / totals.w();
        double variance = Double.NaN;
        double deff = Double.NaN;
        if (type.isProbability()) {
            variance = override == null ? variance(alpha, beta) : override.of(alpha, beta);
            deff = variance / totals.simpleRandomVariance(total);
        }
        return Estimate.publish(statistic, totals.n(), Math.round(totals.cases()), estimate, variance,
                totals.degreesOfFreedom(), deff, type.isProbability(), options);
    }

    /** The sums over all cells, and what follows from them alone. */
    private record Totals(long n, double cases, double w, double wy, double wy2, long psus, int strata) {

        static Totals of(List<PsuSums> cells) {
            long n = 0;
            double cases = 0;
            double w = 0;
            double wy = 0;
            double wy2 = 0;
            long psus = 0;
            Set<String> present = new HashSet<>();
            for (PsuSums cell : cells) {
                n += cell.n();
                cases += cell.sumY();
                w += cell.sumW();
                wy += cell.sumWY();
                wy2 += cell.sumWY2();
                psus += cell.isElementAggregate() ? cell.n() : 1;
                present.add(cell.stratum());
            }
            return new Totals(n, cases, w, wy, wy2, psus, present.size());
        }

        long degreesOfFreedom() {
            return psus - strata;
        }

        /**
         * The variance of the mean (or total) under simple random sampling of n: without
         * replacement from Σw when the weights expand to a population (Σw more than n, beyond
         * rounding), with replacement otherwise.
         */
        double simpleRandomVariance(boolean total) {
            double elementVariance = elementVariance();
            boolean expands = w > n * (1 + 1e-9);
            double mean = expands ? elementVariance * (w - n) / (w * n) : elementVariance / n;
            return total ? mean * w * w : mean;
        }

        /**
         * s² = n/(n − 1) · (Σwy² − (Σwy)²/Σw)/Σw; NaN when everyone gave the same answer (within
         * rounding), as there is then no simple-random-sampling variance to compare with.
         */
        private double elementVariance() {
            double centred = wy2 - wy * wy / w;
            return n > 1 && centred > 1e-12 * wy2 ? n / (n - 1.0) * centred / w : Double.NaN;
        }
    }

    private double variance(double alpha, double beta) {
        Map<String, StratumScores> scores = new LinkedHashMap<>();
        for (PsuSums cell : cells) {
            StratumScores stratum = scores.computeIfAbsent(cell.stratum(), s -> new StratumScores(strata.get(s), 1));
            double sum = alpha * cell.sumWY() + beta * cell.sumW();
            if (cell.isElementAggregate()) {
                stratum.addScalar(sum, alpha * alpha * cell.sumW2Y2() + 2 * alpha * beta * cell.sumW2Y()
                        + beta * beta * cell.sumW2());
            } else {
                stratum.addPsu(new double[] {sum});
            }
        }
        return TaylorVariance.variance(scores.values(), lonelyPsu);
    }
}
