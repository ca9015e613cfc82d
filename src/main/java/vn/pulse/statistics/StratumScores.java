package vn.pulse.statistics;

/**
 * The totals per PSU of p linearised scores in one stratum, accumulated as Σ_i t_hi and
 * Σ_i t_hi t_hi' over the stratum's PSUs, with the PSU counts the between-PSU variance needs.
 */
final class StratumScores {

    final StratumFrame frame;
    final double[] sum;
    final double[][] crossProducts;

    StratumScores(StratumFrame frame, int dimension) {
        this.frame = frame;
        this.sum = new double[dimension];
        this.crossProducts = new double[dimension][dimension];
    }

    /** Adds one PSU's total score vector t. */
    void addPsu(double[] total) {
        for (int j = 0; j < sum.length; j++) {
            sum[j] += total[j];
            for (int k = 0; k < sum.length; k++) {
                crossProducts[j][k] += total[j] * total[k];
            }
        }
    }

    /** Adds a scalar score's Σt and Σt² over several PSUs at once. */
    void addScalar(double total, double totalOfSquares) {
        sum[0] += total;
        crossProducts[0][0] += totalOfSquares;
    }
}
