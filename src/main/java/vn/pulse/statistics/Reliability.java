package vn.pulse.statistics;

import vn.pulse.base.DomainException;

/**
 * The internal consistency of a battery of items meant to measure one thing.
 *
 * @param alpha       Cronbach's alpha; NaN when it cannot be computed
 * @param items       k, the items in the battery
 * @param respondents respondents who answered every item
 */
public record Reliability(double alpha, int items, long respondents) {

    /**
     * Cronbach's alpha (Cronbach 1951): α = k/(k − 1) · (1 − Σ s²_j / s²_X), with s²_j the
     * sample variance of item j and s²_X that of the sum of the items, over the respondents
     * who answered every item (unweighted, as reliability describes the instrument).
     *
     * @param answers one row per respondent, one column per item; NaN is no answer
     */
    public static Reliability cronbachAlpha(double[][] answers) {
        int k = answers.length == 0 ? 0 : answers[0].length;
        if (k < 2) {
            throw DomainException.invalid("battery_too_small", "statistics.error.batteryTooSmall", k);
        }
        double[] sums = new double[k];
        double[] squares = new double[k];
        double total = 0;
        double totalSquares = 0;
        long n = 0;
        for (double[] row : answers) {
            if (row.length != k || java.util.Arrays.stream(row).anyMatch(Double::isNaN)) {
                continue;
            }
            double rowSum = 0;
            for (int j = 0; j < k; j++) {
                sums[j] += row[j];
                squares[j] += row[j] * row[j];
                rowSum += row[j];
            }
            total += rowSum;
            totalSquares += rowSum * rowSum;
            n++;
        }
        if (n < 2) {
            return new Reliability(Double.NaN, k, n);
        }
        double itemVariances = 0;
        for (int j = 0; j < k; j++) {
            itemVariances += (squares[j] - sums[j] * sums[j] / n) / (n - 1);
        }
        double totalVariance = (totalSquares - total * total / n) / (n - 1);
        return new Reliability(k / (k - 1.0) * (1 - itemVariances / totalVariance), k, n);
    }
}
