package vn.pulse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pulse.statistics.ReferenceData.assertClose;
import static vn.pulse.statistics.ReferenceData.assertMatches;
import static vn.pulse.statistics.ReferenceData.assertPValue;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Trends over months and differences between groups against svyby, svycontrast and svyttest. */
class TrendReferenceTest {

    private static final JsonNode R = OpinionSurvey.R;
    private static final EstimationOptions OPTIONS = EstimationOptions.UNSUPPRESSED;

    private final Sample sample = OpinionSurvey.sample();
    private final double[] likert = OpinionSurvey.numbers("likert");

    @Test
    void monthly_estimates_changes_and_weighted_slope_match_svyby_svycontrast_and_glm() {
        Trend trend = new TrendAnalysis(OPTIONS).means(sample, likert, OpinionSurvey.labels("month"),
                OpinionSurvey.MONTHS, null);
        assertThat(trend.periods()).extracting(Trend.PeriodEstimate::period).isEqualTo(OpinionSurvey.MONTHS);
        trend.periods().forEach(p -> assertMatches(p.estimate(), R.get("likert_by_month").get(p.period()), p.period()));
        assertThat(trend.changes()).hasSize(5);
        for (Trend.PeriodChange change : trend.changes()) {
            JsonNode expected = R.get("likert_month_changes").get(change.to());
            assertThat(change.from()).isEqualTo(expected.get("from").asString());
            assertClose(change.change().difference(), expected.get("difference").asDouble(), change.to());
            assertClose(change.change().se(), expected.get("se").asDouble(), change.to() + " se");
        }
        JsonNode slope = R.get("likert_trend");
        assertClose(trend.slope().slope(), slope.get("slope").asDouble(), "slope");
        assertClose(trend.slope().se(), slope.get("se").asDouble(), "slope se");
        assertPValue(trend.slope().pValue(), slope.get("pValue").asDouble(), "slope p");
    }

    @Test
    void differences_between_sexes_match_svycontrast_and_svyttest() {
        String[] sex = OpinionSurvey.labels("sex");
        GroupComparison comparison = new GroupComparison(OPTIONS);
        assertDifference(comparison.means(sample, likert, Domains.of(sex, "Nam"), Domains.of(sex, "Nữ")),
                R.get("likert_difference_sex"));
        double[] top2 = likert.clone();
        Arrays.setAll(top2, i -> likert[i] >= 4 ? 1 : 0);
        assertDifference(comparison.proportions(sample, top2, Domains.of(sex, "Nam"), Domains.of(sex, "Nữ")),
                R.get("top2_difference_sex"));
    }

    @Test
    void difference_between_award_groups_of_apistrat_matches_svyttest() {
        List<CSVRecord> rows = ReferenceData.rows("apistrat");
        java.util.Map<String, Double> sizes = new java.util.HashMap<>();
        rows.forEach(r -> sizes.put(r.get("stype"), Double.parseDouble(r.get("fpc"))));
        Sample apistrat = DesignWeights.fromPopulation(Sample.of(Design.stratified(sizes),
                ReferenceData.units(rows, r -> r.get("stype"), r -> null, r -> 1.0)));
        String[] awards = ReferenceData.labels(rows, "awards");
        Difference difference = new GroupComparison(OPTIONS).means(apistrat, ReferenceData.numbers(rows, "api00"),
                Domains.of(awards, "No"), Domains.of(awards, "Yes"));
        assertDifference(difference, ReferenceData.reference("apistrat").get("difference_api00_awards"));
        ClusterDesignReferenceTest.assertAssociation(RaoScott.association(apistrat,
                ReferenceData.labels(rows, "sch.wide"), awards),
                ReferenceData.reference("apistrat").get("chisq_sch_wide_awards"));
    }

    private static void assertDifference(Difference actual, JsonNode expected) {
        assertClose(actual.difference(), expected.get("difference").asDouble(), "difference");
        assertClose(actual.se(), expected.get("se").asDouble(), "se");
        assertClose(actual.t(), expected.get("t").asDouble(), "t");
        assertThat(actual.df()).isEqualTo(expected.get("df").asDouble());
        assertPValue(actual.pValue(), expected.get("pValue").asDouble(), "p");
        assertClose(actual.ciLow(), expected.get("ciLow").asDouble(), "ciLow");
        assertClose(actual.ciHigh(), expected.get("ciHigh").asDouble(), "ciHigh");
    }
}
