package vn.pulse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pulse.statistics.ReferenceData.assertClose;
import static vn.pulse.statistics.ReferenceData.assertMatches;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.pulse.base.DomainException;

/** A stratified one-stage cluster opinion survey against R's survey, question type by type. */
class OpinionSurveyReferenceTest {

    private static final JsonNode R = OpinionSurvey.R;
    private static final Estimator ESTIMATOR = new Estimator(EstimationOptions.UNSUPPRESSED);

    private final Sample sample = OpinionSurvey.sample();
    private final double[] likert = OpinionSurvey.numbers("likert");

    @Test
    void likert_mean_matches_svymean() {
        assertMatches(ESTIMATOR.mean(sample, likert, null), R.get("likert_mean"), "Likert mean");
    }

    @Test
    void top_two_box_share_matches_svyciprop_logit_and_beta() {
        assertMatches(ESTIMATOR.topBoxShare(sample, likert, 4, null), R.get("top2_logit"), "top-2-box logit");
        Estimator kornGraubard = new Estimator(EstimationOptions.UNSUPPRESSED
                .withProportionInterval(ProportionInterval.KORN_GRAUBARD));
        assertMatches(kornGraubard.topBoxShare(sample, likert, 4, null), R.get("top2_beta"), "top-2-box beta");
    }

    @Test
    void net_score_matches_svymean_of_plus_minus_one() {
        assertMatches(ESTIMATOR.netScore(sample, likert, 4, 2, null), R.get("net_score"), "net score");
    }

    @Test
    void mean_leaves_out_missing_answers_as_na_rm() {
        double[] income = OpinionSurvey.numbers("income");
        assertThat(Arrays.stream(income).filter(Double::isNaN).count()).isPositive();
        assertMatches(ESTIMATOR.mean(sample, income, null), R.get("income_mean"), "income");
    }

    @Test
    void single_choice_shares_match_svymean_of_the_factor_overall_and_by_province() {
        String[] concern = OpinionSurvey.labels("concern");
        Map<String, Estimate> shares = ESTIMATOR.shares(sample, concern, OpinionSurvey.CONCERNS, null);
        OpinionSurvey.CONCERNS.forEach(c -> assertMatches(shares.get(c), R.get("concern").get(c), c));
        String[] province = OpinionSurvey.labels("province");
        ReferenceData.fields(R.get("concern_by_province")).forEach((name, expected) -> {
            Map<String, Estimate> inProvince = ESTIMATOR.shares(sample, concern, OpinionSurvey.CONCERNS,
                    Domains.of(province, name));
            OpinionSurvey.CONCERNS.forEach(c -> assertMatches(inProvince.get(c), expected.get(c), name + " " + c));
        });
    }

    @Test
    void multiple_choice_option_shares_match_svymean_of_each_indicator() {
        Map<String, Estimate> shares = ESTIMATOR.optionShares(sample, OpinionSurvey.sources(), OpinionSurvey.SOURCES,
                null);
        OpinionSurvey.SOURCES.forEach(s -> assertMatches(shares.get(s), R.get("sources").get(s), s));
    }

    @Test
    void rao_scott_matches_svychisq_on_the_design_and_on_the_raked_design() {
        String[] concern = OpinionSurvey.labels("concern");
        ClusterDesignReferenceTest.assertAssociation(
                RaoScott.association(sample, concern, OpinionSurvey.labels("sex")), R.get("chisq_concern_sex"));
        Sample raked = OpinionSurvey.rakedToSexAndAge(sample).sample();
        ClusterDesignReferenceTest.assertAssociation(
                RaoScott.association(raked, concern, OpinionSurvey.labels("age_group")),
                R.get("chisq_concern_age_raked"));
    }

    @Test
    void raking_to_sex_and_age_matches_rake_overall_and_by_province() {
        RakingResult result = OpinionSurvey.rakedToSexAndAge(sample);
        assertThat(result.converged()).isTrue();
        JsonNode expected = R.get("raked");
        assertWeights(result.sample(), expected.get("weights"));
        assertMatches(ESTIMATOR.mean(result.sample(), likert, null), expected.get("likert_mean"), "raked mean");
        Map<String, Estimate> byProvince = ESTIMATOR.meanBy(result.sample(), likert, OpinionSurvey.labels("province"));
        ReferenceData.fields(expected.get("likert_by_province")).forEach((province, value) ->
                assertMatches(byProvince.get(province), value, "raked " + province));
    }

    @Test
    void post_stratification_to_sex_by_age_cells_matches_postStratify() {
        Sample post = OpinionSurvey.postStratifiedBySexAndAge(sample);
        JsonNode expected = R.get("poststratified");
        assertWeights(post, expected.get("weights"));
        assertMatches(ESTIMATOR.mean(post, likert, null), expected.get("likert_mean"), "post-stratified mean");
        double[] top2 = OpinionSurvey.numbers("likert");
        Arrays.setAll(top2, i -> top2[i] >= 4 ? 1 : 0);
        String[] sex = OpinionSurvey.labels("sex");
        for (String value : List.of("Nam", "Nữ")) {
            assertMatches(ESTIMATOR.mean(post, top2, Domains.of(sex, value)), expected.get("top2_by_sex").get(value),
                    "top-2 " + value);
        }
    }

    @Test
    void simple_random_sample_with_fpc_matches_svydesign_without_clusters() {
        Sample srs = DesignWeights.fromPopulation(Sample.of(Design.simpleRandom(5000),
                Collections.nCopies(likert.length, SampleUnit.unweighted())));
        assertMatches(ESTIMATOR.mean(srs, likert, null), R.get("srs_fpc"), "SRS mean");
    }

    @Test
    void lonely_psu_rules_match_survey_lonely_psu_options() {
        List<String> communes = List.of("HN01", "TQ01", "TQ02", "NA01", "NA02");
        String[] commune = OpinionSurvey.labels("commune");
        java.util.List<Integer> rows = new java.util.ArrayList<>();
        for (int i = 0; i < commune.length; i++) {
            if (communes.contains(commune[i])) {
                rows.add(i);
            }
        }
        List<SampleUnit> units = rows.stream().map(i -> new SampleUnit(OpinionSurvey.labels("province")[i], commune[i],
                OpinionSurvey.numbers("weight")[i])).toList();
        double[] values = rows.stream().mapToDouble(i -> likert[i]).toArray();
        Map<String, LonelyPsu> rules = Map.of("certainty", LonelyPsu.CERTAINTY, "adjust", LonelyPsu.ADJUST,
                "average", LonelyPsu.AVERAGE);
        rules.forEach((name, rule) -> assertClose(
                ESTIMATOR.mean(Sample.of(Design.cluster().withLonelyPsu(rule), units), values, null).se(),
                R.get("lonely").get(name).asDouble(), name));
        Sample failing = Sample.of(Design.cluster(), units);
        assertThatThrownBy(() -> ESTIMATOR.mean(failing, values, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("lonely_psu").hasMessageContaining("Hà Nội");
    }

    @Test
    void cronbach_alpha_matches_the_formula_in_r() {
        Reliability reliability = Reliability.cronbachAlpha(OpinionSurvey.battery());
        assertClose(reliability.alpha(), R.get("cronbach_alpha").asDouble(), "alpha");
        assertThat(reliability.items()).isEqualTo(5);
        assertThat(reliability.respondents()).isEqualTo(likert.length);
    }

    static void assertWeights(Sample sample, JsonNode expected) {
        double[] weights = sample.weights();
        assertThat(weights).hasSize(expected.size());
        for (int i = 0; i < weights.length; i++) {
            assertClose(weights[i], expected.get(i).asDouble(), "weight " + (i + 1));
        }
    }
}
