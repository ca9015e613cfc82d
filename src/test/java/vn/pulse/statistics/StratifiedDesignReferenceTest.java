package vn.pulse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pulse.statistics.ReferenceData.assertMatches;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** R's apistrat (stratified by school type, with fpc) against survey's svydesign(strata, fpc). */
class StratifiedDesignReferenceTest {

    static final List<CSVRecord> ROWS = ReferenceData.rows("apistrat");
    static final JsonNode R = ReferenceData.reference("apistrat");
    private static final Estimator ESTIMATOR = new Estimator(EstimationOptions.UNSUPPRESSED);

    private final Sample sample = sample(true);
    private final double[] api00 = ReferenceData.numbers(ROWS, "api00");

    /**
     * With fpc: design weights N_h/n_h from the population sizes, as svydesign derives them;
     * without: the data's weights pw and no fpc.
     */
    static Sample sample(boolean fpc) {
        if (!fpc) {
            return Sample.of(Design.stratified(),
                    ReferenceData.units(ROWS, r -> r.get("stype"), r -> null, r -> Double.parseDouble(r.get("pw"))));
        }
        Map<String, Double> sizes = new HashMap<>();
        ROWS.forEach(r -> sizes.put(r.get("stype"), Double.parseDouble(r.get("fpc"))));
        return DesignWeights.fromPopulation(Sample.of(Design.stratified(sizes),
                ReferenceData.units(ROWS, r -> r.get("stype"), r -> null, r -> 1.0)));
    }

    @Test
    void design_weights_from_the_plan_are_population_over_sample_size() {
        // apistrat's pw column is stored in single precision: 44.2099990844727 for 4421/100
        assertThat(sample.weights()).containsExactly(ReferenceData.numbers(ROWS, "pw"),
                org.assertj.core.data.Offset.offset(1e-5));
        assertThat(sample.weighting()).containsExactly(WeightingMethod.DESIGN);
    }

    @Test
    void shares_of_a_single_choice_match_svymean_of_a_factor() {
        Map<String, Estimate> shares = ESTIMATOR.shares(sample, ReferenceData.labels(ROWS, "sch.wide"),
                List.of("No", "Yes"), null);
        assertMatches(shares.get("No"), R.get("sch_wide").get("No"), "No");
        assertMatches(shares.get("Yes"), R.get("sch_wide").get("Yes"), "Yes");
    }

    @Test
    void design_effect_with_replacement_matches_deff_replace() {
        double[] weights = sample.weights();
        double sum = java.util.Arrays.stream(weights).sum();
        List<SampleUnit> normalised = new java.util.ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            normalised.add(new SampleUnit(ROWS.get(i).get("stype"), null, weights[i] * weights.length / sum));
        }
        Estimate mean = ESTIMATOR.mean(Sample.of(Design.stratified(sample.design().populationSizes()), normalised),
                api00, null);
        assertMatches(mean, R.get("mean_api00_replace"), "weights summing to n: deff against sampling with replacement");
    }

    @Test
    void domain_means_match_svyby() {
        Map<String, Estimate> byAwards = ESTIMATOR.meanBy(sample, api00, ReferenceData.labels(ROWS, "awards"));
        assertMatches(byAwards.get("No"), R.get("mean_api00_by_awards").get("No"), "awards No");
        assertMatches(byAwards.get("Yes"), R.get("mean_api00_by_awards").get("Yes"), "awards Yes");
    }
}
