package vn.pulse.statistics;

/** Trimming of extreme weights. */
public final class WeightTrimming {

    private static final int MAX_ROUNDS = 1000;

    private WeightTrimming() {
    }

    /**
     * Sets weights below {@code lower} to {@code lower} and above {@code upper} to {@code upper}
     * and shares the total trimmed off equally among the weights that were inside the bounds, so
     * the sum of the weights is kept (R: {@code trimWeights}). Sharing can push weights past a
     * bound again; {@code strict} repeats until none is outside. Calibrations already applied stay
     * as they were, as in R, so trim after calibrating only with care.
     */
    public static Sample trim(Sample sample, double lower, double upper, boolean strict) {
        if (!(lower <= upper)) {
            throw new StatisticsException("invalid_trimming_bounds", "statistics.error.invalidTrimmingBounds", lower, upper);
        }
        double[] weights = sample.weights();
        boolean trimmed = false;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean[] outside = new boolean[weights.length];
            double excess = 0;
            int inside = 0;
            for (int i = 0; i < weights.length; i++) {
                double bounded = Math.max(lower, Math.min(weights[i], upper));
                outside[i] = bounded != weights[i];
                excess += weights[i] - bounded;
                inside += outside[i] ? 0 : 1;
                weights[i] = bounded;
            }
            if (inside == weights.length) {
                return trimmed ? sample.reweighted(weights, null, WeightingMethod.TRIMMED) : sample;
            }
            if (inside == 0) {
                throw new StatisticsException("trimming_impossible", "statistics.error.trimmingImpossible", lower, upper);
            }
            for (int i = 0; i < weights.length; i++) {
                weights[i] += outside[i] ? 0 : excess / inside;
            }
            trimmed = true;
            if (!strict) {
                return sample.reweighted(weights, null, WeightingMethod.TRIMMED);
            }
        }
        throw new StatisticsException("trimming_impossible", "statistics.error.trimmingImpossible", lower, upper);
    }
}
