package vn.pulse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pulse.statistics.ReferenceData.assertClose;
import static vn.pulse.statistics.ReferenceData.assertMatches;

import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** R's apistrat (stratified by school type, with fpc) against survey's svydesign(strata, fpc). */
class StratifiedDesignReferenceTest {

    private static final List<CSVRecord> ROWS = ReferenceData.rows("apistrat");
    private static final JsonNode R = ReferenceData.reference("apistrat");
    private static final Estimator ESTIMATOR = new Estimator(EstimationOptions.UNSUPPRESSED);

    private final Sample sample = DesignWeights.fromPopulation(Sample.of(Design.stratified(populations()),
            ReferenceData.units(ROWS, r -> r.get("stype"), r -> null, r -> 1.0)));
    private final double[] api00 = ReferenceData.numbers(ROWS, "api00");

    private static Map<String, Double> populations() {
        Map<String, Double> sizes = new java.util.HashMap<>();
        ROWS.forEach(r -> sizes.put(r.get("stype"), Double.parseDouble(r.get("fpc"))));
        return sizes;
    }

    @Test
    void mean_with_fpc_matches_svymean_with_deff_and_t_interval() {
        assertMatches(ESTIMATOR.mean(sample, api00, null), R.get("mean_api00"), "svymean(~api00)");
    }

    @Test
    void design_weights_from_the_plan_are_population_over_sample_size() {
        // apistrat's pw column is stored in single precision: 44.2099990844727 for 4421/100
        assertThat(sample.weights()).containsExactly(ReferenceData.numbers(ROWS, "pw"),
                org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void mean_without_fpc_matches_svymean_on_weights_only() {
        Sample weighted = Sample.of(Design.stratified(),
                ReferenceData.units(ROWS, r -> r.get("stype"), r -> null, r -> Double.parseDouble(r.get("pw"))));
        assertMatches(ESTIMATOR.mean(weighted, api00, null), R.get("mean_api00_nofpc"), "svymean nofpc");
    }

    @Test
    void total_matches_svytotal() {
        assertMatches(ESTIMATOR.total(sample, ReferenceData.numbers(ROWS, "enroll"), null), R.get("total_enroll"),
                "svytotal(~enroll)");
    }

    @Test
    void ratio_matches_svyratio() {
        Estimate ratio = ESTIMATOR.ratio(sample, api00, ReferenceData.numbers(ROWS, "api99"), null);
        assertMatches(ratio, R.get("ratio_api00_api99"), "svyratio");
    }

    @Test
    void shares_of_a_single_choice_match_svymean_of_a_factor() {
        Map<String, Estimate> shares = ESTIMATOR.shares(sample, ReferenceData.labels(ROWS, "sch.wide"),
                List.of("No", "Yes"), null);
        assertMatches(shares.get("No"), R.get("sch_wide").get("No"), "No");
        assertMatches(shares.get("Yes"), R.get("sch_wide").get("Yes"), "Yes");
    }

    @Test
    void proportion_intervals_match_svyciprop_logit_and_beta() {
        double[] yes = ReferenceData.indicator(ROWS, r -> r.get("sch.wide").equals("Yes"));
        assertMatches(ESTIMATOR.proportion(sample, yes, null), R.get("sch_wide_yes_logit"), "logit");
        Estimator kornGraubard = new Estimator(EstimationOptions.UNSUPPRESSED
                .withProportionInterval(ProportionInterval.KORN_GRAUBARD));
        assertMatches(kornGraubard.proportion(sample, yes, null), R.get("sch_wide_yes_beta"), "beta");
    }

    @Test
    void domain_means_match_svyby() {
        Map<String, Estimate> byAwards = ESTIMATOR.meanBy(sample, api00, ReferenceData.labels(ROWS, "awards"));
        assertMatches(byAwards.get("No"), R.get("mean_api00_by_awards").get("No"), "awards No");
        assertMatches(byAwards.get("Yes"), R.get("mean_api00_by_awards").get("Yes"), "awards Yes");
    }
}
