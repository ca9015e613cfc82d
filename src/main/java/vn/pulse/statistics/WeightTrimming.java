package vn.pulse.statistics;

import vn.pulse.base.DomainException;

/** Trimming of extreme weights. */
public final class WeightTrimming {

    private WeightTrimming() {
    }

    /**
     * Sets weights below {@code lower} to {@code lower} and above {@code upper} to {@code upper}
     * and shares the total trimmed off equally among the weights that were inside the bounds, so
     * the sum of the weights is kept (R: {@code trimWeights}, whose single pass this is exactly).
     * Sharing can push weights past a bound again; {@code strict} repeats the pass, keeping
     * trimmed weights at their bound, until none is outside (at most one pass per respondent;
     * the same fixed point R's strict mode aims at, without its endless see-saw of rounding
     * errors at the bound). Calibrations already applied stay as they were, as in R, so trim
     * after calibrating only with care.
     *
     * @throws DomainException {@code trimming_impossible} when every weight ends up at a
     *         bound with trimmings still to share
     */
    public static Sample trim(Sample sample, double lower, double upper, boolean strict) {
        if (!(lower <= upper)) {
            throw DomainException.invalid("invalid_trimming_bounds", "statistics.error.invalidTrimmingBounds", lower, upper);
        }
        double[] weights = sample.weights();
        boolean[] trimmed = new boolean[weights.length];
        boolean changed = false;
        for (int pass = 0; pass <= weights.length; pass++) {
            double excess = 0;
            int newlyTrimmed = 0;
            for (int i = 0; i < weights.length; i++) {
                double bounded = Math.max(lower, Math.min(weights[i], upper));
                if (!trimmed[i] && bounded != weights[i]) {
                    excess += weights[i] - bounded;
                    weights[i] = bounded;
                    trimmed[i] = true;
                    newlyTrimmed++;
                }
            }
            if (newlyTrimmed == 0) {
                break;
            }
            share(weights, trimmed, excess, lower, upper);
            changed = true;
            if (!strict) {
                break;
            }
        }
        return changed ? sample.reweighted(weights, null, WeightingMethod.TRIMMED) : sample;
    }

    private static void share(double[] weights, boolean[] trimmed, double excess, double lower, double upper) {
        int inside = 0;
        for (boolean t : trimmed) {
            inside += t ? 0 : 1;
        }
        if (inside == 0) {
            throw DomainException.invalid("trimming_impossible", "statistics.error.trimmingImpossible", lower, upper);
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] += trimmed[i] ? 0 : excess / inside;
        }
    }
}
