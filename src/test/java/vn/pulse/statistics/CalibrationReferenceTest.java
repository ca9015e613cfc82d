package vn.pulse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pulse.statistics.ReferenceData.assertClose;
import static vn.pulse.statistics.ReferenceData.assertMatches;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Post-stratification, raking and trimming of apiclus1 against postStratify, rake, trimWeights. */
class CalibrationReferenceTest {

    private static final List<CSVRecord> ROWS = ClusterDesignReferenceTest.ROWS;
    private static final JsonNode R = ClusterDesignReferenceTest.R;
    private static final Estimator ESTIMATOR = new Estimator(EstimationOptions.UNSUPPRESSED);
    private static final Map<String, Double> TYPES = Map.of("E", 4421.0, "H", 755.0, "M", 1018.0);
    private static final Map<String, Double> SCHOOL_WIDE = Map.of("No", 1072.0, "Yes", 5122.0);

    private final Sample design = ClusterDesignReferenceTest.sample(true);
    private final String[] stype = ReferenceData.labels(ROWS, "stype");
    private final String[] schoolWide = ReferenceData.labels(ROWS, "sch.wide");
    private final double[] api00 = ReferenceData.numbers(ROWS, "api00");
    private final double[] enroll = ReferenceData.numbers(ROWS, "enroll");

    private Sample raked(RakingControl control) {
        RakingResult result = Raking.apply(design, List.of(
                new RakingMargin("stype", Arrays.asList(stype), TYPES),
                new RakingMargin("sch.wide", Arrays.asList(schoolWide), SCHOOL_WIDE)), control);
        assertThat(result.converged()).isTrue();
        return result.sample();
    }

    @Test
    void post_stratified_weights_estimates_and_domains_match_postStratify() {
        Sample post = PostStratification.apply(design, stype, TYPES);
        JsonNode expected = R.get("poststratified");
        assertWeights(post, expected.get("weights"));
        assertMatches(ESTIMATOR.mean(post, api00, null), expected.get("mean_api00"), "mean");
        assertMatches(ESTIMATOR.total(post, enroll, null), expected.get("total_enroll"), "total");
        for (String value : List.of("No", "Yes")) {
            assertMatches(ESTIMATOR.mean(post, api00, Domains.of(schoolWide, value)),
                    expected.get("mean_api00_by_sch_wide").get(value), "domain " + value);
        }
        ClusterDesignReferenceTest.assertAssociation(RaoScott.association(post, schoolWide, stype),
                expected.get("chisq_sch_wide_stype"));
        assertThat(post.weighting()).containsExactly(WeightingMethod.DESIGN, WeightingMethod.POST_STRATIFIED);
    }

    @Test
    void raked_weights_with_rs_default_stopping_rule_match_rake() {
        Sample raked = raked(RakingControl.DEFAULT);
        JsonNode expected = R.get("raked");
        assertWeights(raked, expected.get("weights"));
        assertThat(raked.weighting()).containsExactly(WeightingMethod.DESIGN, WeightingMethod.RAKED);
        WeightDiagnostics diagnostics = WeightDiagnostics.of(raked);
        JsonNode r = expected.get("diagnostics");
        assertClose(diagnostics.min(), r.get("min").asDouble(), "min weight");
        assertClose(diagnostics.max(), r.get("max").asDouble(), "max weight");
        assertClose(diagnostics.mean(), r.get("mean").asDouble(), "mean weight");
        assertClose(diagnostics.sum(), r.get("sum").asDouble(), "sum of weights");
        assertClose(diagnostics.effectiveSize(), r.get("effectiveSize").asDouble(), "Kish n_eff");
        assertClose(diagnostics.designEffect(), r.get("designEffect").asDouble(), "Kish deff");
        assertMatches(ESTIMATOR.mean(raked, api00, null), expected.get("mean_api00"), "mean");
        assertMatches(ESTIMATOR.total(raked, enroll, null), expected.get("total_enroll"), "total");
        Estimate ratio = ESTIMATOR.ratio(raked, api00, ReferenceData.numbers(ROWS, "api99"), null);
        assertMatches(ratio, expected.get("ratio_api00_api99"), "svyratio");
        for (String type : List.of("E", "H", "M")) {
            assertMatches(ESTIMATOR.mean(raked, api00, Domains.of(stype, type)),
                    expected.get("mean_api00_by_stype").get(type), "domain " + type);
        }
    }

    @Test
    void a_raked_margin_is_estimated_without_sampling_error() {
        Map<String, Estimate> shares = ESTIMATOR.shares(raked(RakingControl.DEFAULT), schoolWide, List.of("No", "Yes"),
                null);
        JsonNode expected = R.get("raked").get("sch_wide");
        assertClose(shares.get("Yes").estimate(), expected.get("Yes").get("estimate").asDouble(), "share");
        assertThat(shares.get("Yes").se()).isLessThan(1e-9);
    }

    @Test
    void raking_to_convergence_matches_rake_with_tight_control() {
        Sample raked = raked(new RakingControl(100, 1e-9));
        assertWeights(raked, R.get("raked_tight").get("weights"));
        assertMatches(ESTIMATOR.mean(raked, api00, null), R.get("raked_tight").get("mean_api00"), "mean");
    }

    @Test
    void trimmed_weights_match_trimWeights() {
        Sample trimmed = WeightTrimming.trim(raked(RakingControl.DEFAULT), 25, 40, false);
        assertWeights(trimmed, R.get("trimmed").get("weights"));
        assertMatches(ESTIMATOR.mean(trimmed, api00, null), R.get("trimmed").get("mean_api00"), "mean");
    }

    private static void assertWeights(Sample sample, JsonNode expected) {
        double[] weights = sample.weights();
        assertThat(weights).hasSize(expected.size());
        for (int i = 0; i < weights.length; i++) {
            assertClose(weights[i], expected.get(i).asDouble(), "weight " + (i + 1));
        }
    }
}
