package vn.pulse.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.pulse.base.DomainException;

/** Raking (iterative proportional fitting) of the weights to several population margins. */
public final class Raking {

    private Raking() {
    }

    /**
     * Post-stratifies to each margin in turn, pass after pass, until the weighted cross-table of
     * all margins stops changing (Deming and Stephan 1940; R: {@code rake}, whose stopping rule
     * and weights this follows exactly). It reports convergence only when, in addition, every
     * margin is met within epsilon. Standard errors of the result account for the raking:
     * scores are projected on every margin's cells (see {@link Calibration.Raking}).
     */
    public static RakingResult apply(Sample sample, List<RakingMargin> margins, RakingControl control) {
        if (margins.isEmpty()) {
            throw DomainException.invalid("invalid_raking_control", "statistics.error.invalidRakingControl", 0, 0);
        }
        List<String[]> categories = new ArrayList<>();
        for (RakingMargin margin : margins) {
            sample.checkAligned(margin.categories().size());
            categories.add(margin.categories().toArray(String[]::new));
        }
        int[] jointCell = jointCells(categories, sample.size());
        double[] weights = sample.weights();
        double epsilon = control.epsilon() < 1 ? control.epsilon() * sum(weights) : control.epsilon();
        double[] before = cellTotals(weights, jointCell);
        List<Calibration.PostStratum> steps = new ArrayList<>();
        int passes = 0;
        boolean converged = false;
        while (passes < control.maxIterations() && !converged) {
            steps.clear();
            for (int m = 0; m < margins.size(); m++) {
                Calibration.PostStratum step = PostStratification.step(weights, categories.get(m),
                        margins.get(m).population());
                steps.add(step);
                weights = step.weightsAfter();
            }
            double[] after = cellTotals(weights, jointCell);
            converged = maxDifference(before, after) < epsilon;
            before = after;
            passes++;
        }
        // R stops when the table stops changing; margins that contradict each other (different
        // totals) cycle without being met, which is no convergence
        converged &= marginsMet(weights, categories, margins, control);
        Sample raked = sample.reweighted(weights, new Calibration.Raking(steps), WeightingMethod.RAKED);
        return new RakingResult(raked, converged, passes);
    }

    /** Every margin within epsilon of its population (an epsilon below 1 relative to its total). */
    private static boolean marginsMet(double[] weights, List<String[]> categories, List<RakingMargin> margins,
                                      RakingControl control) {
        for (int m = 0; m < margins.size(); m++) {
            double epsilon = control.epsilon() < 1
                    ? control.epsilon() * margins.get(m).population().values().stream().mapToDouble(Double::doubleValue).sum()
                    : control.epsilon();
            Map<String, Double> totals = new HashMap<>();
            for (int i = 0; i < weights.length; i++) {
                totals.merge(categories.get(m)[i], weights[i], Double::sum);
            }
            for (var target : totals.entrySet()) {
                if (Math.abs(target.getValue() - margins.get(m).population().get(target.getKey())) >= epsilon) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int[] jointCells(List<String[]> categories, int size) {
        Map<List<String>, Integer> index = new HashMap<>();
        int[] cell = new int[size];
        for (int i = 0; i < size; i++) {
            List<String> key = new ArrayList<>(categories.size());
            for (String[] margin : categories) {
                key.add(margin[i]);
            }
            cell[i] = index.computeIfAbsent(key, k -> index.size());
        }
        return cell;
    }

    private static double[] cellTotals(double[] weights, int[] cell) {
        int cells = 0;
        for (int c : cell) {
            cells = Math.max(cells, c + 1);
        }
        double[] totals = new double[cells];
        for (int i = 0; i < weights.length; i++) {
            totals[cell[i]] += weights[i];
        }
        return totals;
    }

    private static double maxDifference(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
