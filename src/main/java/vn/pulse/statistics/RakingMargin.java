package vn.pulse.statistics;

import java.util.List;
import java.util.Map;

/**
 * One margin to rake to.
 *
 * @param name       what the margin is (e.g. "sex"), for messages
 * @param categories each respondent's category on this margin, aligned with the sample
 * @param population the population count of every category
 */
public record RakingMargin(String name, List<String> categories, Map<String, Double> population) {

    public RakingMargin {
        categories = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(categories));
        population = Map.copyOf(population);
    }
}
