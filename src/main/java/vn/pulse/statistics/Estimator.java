package vn.pulse.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.pulse.base.DomainException;

/**
 * Design-based estimates from raw answers (Lumley 2010; Särndal, Swensson and Wretman 1992),
 * matching R's survey package ({@code svymean}, {@code svytotal}, {@code svyratio},
 * {@code svyciprop}, {@code svyby}). Values are arrays aligned with the sample's respondents;
 * NaN (or null) means no answer, and such respondents are left out as with {@code na.rm=TRUE}.
 * A {@code domain} restricts an estimate to a subgroup (null: everyone); domain estimates keep
 * the whole design, so PSUs without members of the domain count with zero scores (svyby).
 * Every result passes the disclosure rule of the options.
 */
public final class Estimator {

    private final EstimationOptions options;

    public Estimator() {
        this(EstimationOptions.DEFAULT);
    }

    public Estimator(EstimationOptions options) {
        this.options = options;
    }

    /** The weighted mean Σwy/Σw (e.g. a Likert mean); see {@link SufficientStatistics}. */
    public Estimate mean(Sample sample, double[] values, boolean[] domain) {
        return estimate(Estimate.Statistic.MEAN, sample, values, domain);
    }

    /** The weighted total Σwy with its linearised standard error (svytotal). */
    public Estimate total(Sample sample, double[] values, boolean[] domain) {
        return estimate(Estimate.Statistic.TOTAL, sample, values, domain);
    }

    /** The weighted share of respondents whose 0/1 {@code indicator} is 1 (svyciprop). */
    public Estimate proportion(Sample sample, double[] indicator, boolean[] domain) {
        for (double value : indicator) {
            if (!Double.isNaN(value) && value != 0 && value != 1) {
                throw DomainException.invalid("not_an_indicator", "statistics.error.notAnIndicator", value);
            }
        }
        return estimate(Estimate.Statistic.PROPORTION, sample, indicator, domain);
    }

    /**
     * The shares of a single-choice question's options among those who answered it; they add up
     * to 1. {@code choices} holds each respondent's option (null: no answer). Secondary
     * suppression applies ({@link DisclosureControl#protectShares}).
     */
    public Map<String, Estimate> shares(Sample sample, String[] choices, List<String> choiceOptions, boolean[] domain) {
        Map<String, Estimate> shares = new LinkedHashMap<>();
        Map<String, Long> cases = new LinkedHashMap<>();
        for (String option : choiceOptions) {
            double[] indicator = new double[choices.length];
            long count = 0;
            for (int i = 0; i < choices.length; i++) {
                indicator[i] = choices[i] == null ? Double.NaN : option.equals(choices[i]) ? 1 : 0;
                count += indicator[i] == 1 && inDomain(domain, i) ? 1 : 0;
            }
            shares.put(option, estimate(Estimate.Statistic.PROPORTION, sample, indicator, domain));
            cases.put(option, count);
        }
        return new DisclosureControl(options.minCellSize()).protectShares(shares, cases);
    }

    /**
     * For a multiple-choice question, the share of those who answered it that chose each option
     * ({@code selected} null: no answer; empty: answered, chose none).
     */
    public Map<String, Estimate> optionShares(Sample sample, List<Set<String>> selected, List<String> choiceOptions,
                                              boolean[] domain) {
        Map<String, Estimate> shares = new LinkedHashMap<>();
        for (String option : choiceOptions) {
            double[] indicator = new double[selected.size()];
            for (int i = 0; i < indicator.length; i++) {
                Set<String> chosen = selected.get(i);
                indicator[i] = chosen == null ? Double.NaN : chosen.contains(option) ? 1 : 0;
            }
            shares.put(option, estimate(Estimate.Statistic.PROPORTION, sample, indicator, domain));
        }
        return shares;
    }

    /** Top-box share: respondents answering {@code threshold} or higher (4 on 1..5: top-2-box). */
    public Estimate topBoxShare(Sample sample, double[] scale, double threshold, boolean[] domain) {
        double[] indicator = new double[scale.length];
        for (int i = 0; i < scale.length; i++) {
            indicator[i] = Double.isNaN(scale[i]) ? Double.NaN : scale[i] >= threshold ? 1 : 0;
        }
        return estimate(Estimate.Statistic.PROPORTION, sample, indicator, domain);
    }

    /**
     * Net score: share answering {@code positiveFrom} or higher minus share answering
     * {@code negativeTo} or lower, estimated as the mean of +1 / 0 / −1 so its standard error
     * accounts for the covariance of the two shares.
     */
    public Estimate netScore(Sample sample, double[] scale, double positiveFrom, double negativeTo, boolean[] domain) {
        double[] score = new double[scale.length];
        for (int i = 0; i < scale.length; i++) {
            score[i] = Double.isNaN(scale[i]) ? Double.NaN
                    : scale[i] >= positiveFrom ? 1 : scale[i] <= negativeTo ? -1 : 0;
        }
        return estimate(Estimate.Statistic.MEAN, sample, score, domain);
    }

    /** The mean in each group of {@code groups} (null: in none), in the labels' order (svyby). */
    public Map<String, Estimate> meanBy(Sample sample, double[] values, String[] groups) {
        sample.checkAligned(groups.length);
        Map<String, Estimate> result = new TreeMap<>();
        for (String group : groups) {
            if (group != null && !result.containsKey(group)) {
                result.put(group, mean(sample, values, Domains.of(groups, group)));
            }
        }
        return result;
    }

    /**
     * The ratio Σwy/Σwx (e.g. spending per household member) over respondents with both values.
     * Linearised score w_i (y_i − R x_i)/Σwx (svyratio, Lumley 2010 §3.3); design effect as
     * R: the score's variance over that of a simple random sample.
     */
    public Estimate ratio(Sample sample, double[] numerator, double[] denominator, boolean[] domain) {
        sample.checkAligned(numerator.length);
        sample.checkAligned(denominator.length);
        boolean[] include = new boolean[numerator.length];
        double wy = 0;
        double wx = 0;
        double w = 0;
        long n = 0;
        for (int i = 0; i < include.length; i++) {
            include[i] = inDomain(domain, i) && !Double.isNaN(numerator[i]) && !Double.isNaN(denominator[i]);
            if (include[i]) {
                wy += sample.weight(i) * numerator[i];
                wx += sample.weight(i) * denominator[i];
                w += sample.weight(i);
                n++;
            }
        }
        double ratio = wy / wx;
        double[] scores = new double[include.length];
        double squares = 0;
        for (int i = 0; i < include.length; i++) {
            if (include[i]) {
                double residual = (numerator[i] - ratio * denominator[i]) / wx;
                scores[i] = sample.weight(i) * residual;
                squares += sample.weight(i) * residual * residual;
            }
        }
        boolean probability = sample.design().isProbability();
        double variance = probability && n > 0 ? DesignVariance.variance(sample, scores, include) : Double.NaN;
        double elementVariance = n / (n - 1.0) * squares / w;
        double srs = w > n * (1 + 1e-9) ? elementVariance * w * (w - n) / n : elementVariance * w * w / n;
        return Estimate.publish(Estimate.Statistic.RATIO, n, n, ratio, variance, sample.degreesOfFreedom(include),
                probability ? variance / srs : Double.NaN, probability, options);
    }

    EstimationOptions options() {
        return options;
    }

    private Estimate estimate(Estimate.Statistic statistic, Sample sample, double[] values, boolean[] domain) {
        boolean[] include = Domains.orEveryone(domain, values.length);
        SufficientStatistics sums = sample.sums(values, include);
        SufficientStatistics.ScoreVariance calibrated = sample.isCalibrated()
                ? (alpha, beta) -> DesignVariance.variance(sample, scores(sample, values, include, alpha, beta), include)
                : null;
        return sums.estimate(statistic, options, calibrated);
    }

    /** The linear scores α·w_i y_i + β·w_i of the respondents that count, 0 for the others. */
    static double[] scores(Sample sample, double[] values, boolean[] include, double alpha, double beta) {
        double[] scores = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (include[i] && !Double.isNaN(values[i])) {
                scores[i] = sample.weight(i) * (alpha * values[i] + beta);
            }
        }
        return scores;
    }

    private static boolean inDomain(boolean[] domain, int i) {
        return domain == null || domain[i];
    }
}
