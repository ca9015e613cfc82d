package vn.pulse.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table behind the estimates API: groups, periods, options, small cells, the method. */
class QuestionEstimatesTest {

    private final Sample sample = OpinionSurvey.sample();
    private final List<String> province = Arrays.asList(OpinionSurvey.labels("province"));
    private final List<String> month = Arrays.asList(OpinionSurvey.labels("month"));
    private final Answers concern = new Answers.SingleChoice(Arrays.asList(OpinionSurvey.labels("concern")),
            OpinionSurvey.CONCERNS);

    @Test
    void groups_by_area_in_vietnamese_order_with_every_option_and_the_method() {
        EstimateTable table = new QuestionEstimates(EstimationOptions.DEFAULT).estimate(sample, concern, province, null);
        assertThat(table.design()).isEqualTo(new DesignSummary(DesignType.CLUSTER, List.of(WeightingMethod.DESIGN), true));
        assertThat(table.groups()).extracting(EstimateTable.Group::by)
                .containsExactly("Cần Thơ", "Đà Nẵng", "Hà Nội", "Nghệ An", "Tuyên Quang");
        EstimateTable.Group hanoi = table.groups().get(2);
        assertThat(hanoi.period()).isNull();
        assertThat(hanoi.n()).isEqualTo(province.stream().filter("Hà Nội"::equals).count());
        assertThat(hanoi.estimates()).extracting(EstimateTable.OptionEstimate::option)
                .containsExactlyElementsOf(OpinionSurvey.CONCERNS);
        Estimate direct = new Estimator().shares(sample, OpinionSurvey.labels("concern"), OpinionSurvey.CONCERNS,
                Domains.of(OpinionSurvey.labels("province"), "Hà Nội")).get("gia_ca");
        assertThat(hanoi.estimates().get(1).estimate()).isEqualTo(direct);
    }

    @Test
    void small_cells_are_suppressed_never_shown_as_numbers() {
        List<String> commune = Arrays.asList(OpinionSurvey.labels("commune"));
        EstimateTable table = new QuestionEstimates(EstimationOptions.DEFAULT).estimate(sample, concern, commune, month);
        assertThat(table.groups()).anySatisfy(g -> assertThat(g.suppressed()).isTrue())
                .anySatisfy(g -> assertThat(g.suppressed()).isFalse());
        for (EstimateTable.Group group : table.groups()) {
            if (group.suppressed()) {
                assertThat(group.estimates()).allSatisfy(o -> assertThat(o.estimate().suppressed()).isTrue());
            }
            for (EstimateTable.OptionEstimate option : group.estimates()) {
                Estimate e = option.estimate();
                if (e.suppressed()) {
                    assertThat(List.of(e.estimate(), e.se(), e.ciLow(), e.ciHigh(), e.deff())).allMatch(v -> v.isNaN());
                    assertThat(e.n()).isZero();
                }
            }
            long shown = group.estimates().stream().filter(o -> o.estimate().suppressed()).count();
            assertThat(shown).as("a lone suppressed share would be recovered by subtraction").isNotEqualTo(1);
        }
    }

    @Test
    void a_numeric_question_has_one_mean_with_a_null_option() {
        List<Double> values = Arrays.stream(OpinionSurvey.numbers("income")).boxed()
                .map(v -> v.isNaN() ? null : v).toList();
        EstimateTable table = new QuestionEstimates(EstimationOptions.DEFAULT)
                .estimate(sample, new Answers.Numeric(values), null, null);
        assertThat(table.groups()).singleElement().satisfies(g -> {
            assertThat(g.by()).isNull();
            assertThat(g.n()).isEqualTo(values.stream().filter(v -> v != null).count());
            assertThat(g.estimates()).singleElement().satisfies(o -> {
                assertThat(o.option()).isNull();
                assertThat(o.estimate()).isEqualTo(new Estimator().mean(sample, OpinionSurvey.numbers("income"), null));
            });
        });
    }

    @Test
    void multiple_choice_shares_are_among_those_who_answered() {
        List<Set<String>> sources = new java.util.ArrayList<>(OpinionSurvey.sources());
        sources.set(0, null);
        EstimateTable table = new QuestionEstimates(EstimationOptions.DEFAULT)
                .estimate(sample, new Answers.MultipleChoice(sources, OpinionSurvey.SOURCES), null, null);
        EstimateTable.Group all = table.groups().getFirst();
        assertThat(all.n()).isEqualTo(sources.size() - 1);
        double sum = all.estimates().stream().mapToDouble(o -> o.estimate().estimate()).sum();
        assertThat(sum).as("options of a multiple choice need not add up to 1").isGreaterThan(1);
    }

    @Test
    void a_non_probability_sample_gets_counts_and_shares_without_margins_of_error() {
        Sample quota = Sample.of(Design.nonProbability(), Collections.nCopies(province.size(), SampleUnit.unweighted()));
        EstimateTable table = new QuestionEstimates(EstimationOptions.DEFAULT).estimate(quota, concern, null, null);
        assertThat(table.design().probabilitySample()).isFalse();
        assertThat(table.design().weighting()).containsExactly(WeightingMethod.NONE);
        Estimate share = table.groups().getFirst().estimates().get(1).estimate();
        long cases = Arrays.stream(OpinionSurvey.labels("concern")).filter("gia_ca"::equals).count();
        assertThat(share.estimate()).isEqualTo(cases / (double) province.size());
        assertThat(share.probabilitySample()).isFalse();
        assertThat(share.hasMarginOfError()).isFalse();
        assertThat(List.of(share.se(), share.ciLow(), share.ciHigh(), share.deff())).allMatch(v -> v.isNaN());
    }
}
