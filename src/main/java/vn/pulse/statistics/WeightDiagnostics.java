package vn.pulse.statistics;

import vn.pulse.base.DomainException;

/**
 * How much a set of weights costs in precision (Kish 1965, 1992).
 *
 * @param n                      respondents
 * @param min                    smallest weight
 * @param max                    largest weight
 * @param mean                   mean weight
 * @param sum                    sum of the weights (the estimated population)
 * @param coefficientOfVariation population standard deviation of the weights over their mean
 * @param effectiveSize          Kish's effective sample size (Σw)²/Σw²
 * @param designEffect           Kish's design effect of weighting n·Σw²/(Σw)² = 1 + cv²
 */
public record WeightDiagnostics(long n, double min, double max, double mean, double sum,
                                double coefficientOfVariation, double effectiveSize, double designEffect) {

    public static WeightDiagnostics of(Sample sample) {
        return of(sample.weights());
    }

    public static WeightDiagnostics of(double[] weights) {
        if (weights.length == 0) {
            throw DomainException.invalid("empty_sample", "statistics.error.emptySample");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        double squares = 0;
        for (double w : weights) {
            min = Math.min(min, w);
            max = Math.max(max, w);
            sum += w;
            squares += w * w;
        }
        int n = weights.length;
        double designEffect = n * squares / (sum * sum);
        return new WeightDiagnostics(n, min, max, sum / n, sum, Math.sqrt(Math.max(0, designEffect - 1)),
                sum * sum / squares, designEffect);
    }
}
