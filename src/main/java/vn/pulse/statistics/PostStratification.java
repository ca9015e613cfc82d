package vn.pulse.statistics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.pulse.base.DomainException;

/** Post-stratification of the weights to known population counts of cells. */
public final class PostStratification {

    private PostStratification() {
    }

    /**
     * Multiplies the weights in each cell c by N_c / Σ_{i∈c} w_i so that the weighted count of
     * every cell equals its population N_c (Holt and Smith 1979; R: {@code postStratify}).
     * Standard errors of the result account for the calibration: scores are replaced by their
     * residuals from the cell means (see {@link Calibration.PostStratum}).
     *
     * @param cells      each respondent's cell (e.g. "Nữ|35-54"), aligned with the sample
     * @param population N_c per cell; cells with N_c = 0 and no respondents are ignored
     * @throws DomainException {@code unknown_population_cell} when respondents fall in a cell
     *         without population, {@code empty_population_cell} when a populated cell has no
     *         respondents (collapse cells first)
     */
    public static Sample apply(Sample sample, String[] cells, Map<String, Double> population) {
        sample.checkAligned(cells.length);
        Calibration.PostStratum step = step(sample.weights(), cells, population);
        return sample.reweighted(step.weightsAfter(), step, WeightingMethod.POST_STRATIFIED);
    }

    /** One post-stratification of {@code weights}, with the weights before and after. */
    static Calibration.PostStratum step(double[] weights, String[] cells, Map<String, Double> population) {
        Map<String, Integer> index = new LinkedHashMap<>();
        int[] cellOf = new int[cells.length];
        Map<Integer, Double> totals = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            if (cell == null) {
                throw DomainException.invalid("missing_cell", "statistics.error.missingCell", i + 1);
            }
            Double size = population.get(cell);
            if (size == null || !(size > 0)) {
                throw DomainException.invalid("unknown_population_cell", "statistics.error.unknownPopulationCell", cell);
            }
            cellOf[i] = index.computeIfAbsent(cell, c -> index.size());
            totals.merge(cellOf[i], weights[i], Double::sum);
        }
        population.forEach((cell, size) -> {
            if (size != null && size > 0 && !index.containsKey(cell)) {
                throw DomainException.invalid("empty_population_cell", "statistics.error.emptyPopulationCell", cell);
            }
        });
        double[] factor = new double[index.size()];
        index.forEach((cell, c) -> factor[c] = population.get(cell) / totals.get(c));
        double[] after = new double[weights.length];
        for (int i = 0; i < after.length; i++) {
            after[i] = weights[i] * factor[cellOf[i]];
        }
        return new Calibration.PostStratum(cellOf, index.size(), weights.clone(), after);
    }
}
