package vn.pulse.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pulse.questionnaire.Forms.choices;
import static vn.pulse.questionnaire.Forms.form;
import static vn.pulse.questionnaire.Forms.q;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Validation of a whole questionnaire before it may be published. */
class FormProblemsTest {

    @Test
    void duplicate_names_broken_references_and_cycles_are_found() {
        FormDefinition broken = form(
                q("a", QuestionType.INTEGER).build(),
                q("a", QuestionType.TEXT).build(),
                q("b", QuestionType.TEXT).relevant("${missing} = 1").build(),
                q("c", QuestionType.CALCULATE).calculation("${d} + 1").build(),
                q("d", QuestionType.CALCULATE).calculation("${c} + 1").build(),
                q("e", QuestionType.TEXT).constraint("string-length(.) <", null).build(),
                q("f", QuestionType.TEXT).relevant("${f} != ''").build());
        assertThat(broken.problems()).extracting(FormProblem::subject, FormProblem::field, FormProblem::code)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("a", "name", "name_duplicate"),
                        Tuple.tuple("b", "relevant", "reference_unknown"),
                        Tuple.tuple("c", "calculation", "cycle"),
                        Tuple.tuple("e", "constraint", "expression"),
                        Tuple.tuple("f", "relevant", "cycle"));
        FormProblem syntax = broken.problems().stream().filter(p -> p.code().equals("expression")).findFirst().orElseThrow();
        assertThat(syntax.position()).isEqualTo(18);
        assertThat(syntax.messageKey()).isEqualTo("questionnaire.expression.unexpected_end");
        FormProblem cycle = broken.problems().stream().filter(p -> p.subject().equals("c")).findFirst().orElseThrow();
        assertThat(cycle.args()).containsExactly("c → d → c");
        FormProblem reference = broken.problems().stream().filter(p -> p.subject().equals("b")).findFirst().orElseThrow();
        assertThat(reference.position()).isZero();
    }

    @Test
    void choices_labels_and_types_are_checked() {
        FormDefinition broken = form(
                Question.builder("no_label", QuestionType.TEXT).build(),
                q("no_choices", QuestionType.SELECT_ONE).build(),
                q("dup_choice", QuestionType.SELECT_ONE).choices(choices("x", "X", "x", "Y", "bad name", "Z")).build(),
                q("scale", QuestionType.LIKERT).choices(choices("a", "A", "b", "B")).build(),
                q("note", QuestionType.NOTE).required(true).build(),
                q("count", QuestionType.INTEGER).defaultValue("nhiều").build(),
                q("matrix", QuestionType.MATRIX).choices(choices("1", "Có")).items(List.of(Forms.item("no_label")))
                        .build());
        assertThat(broken.problems()).extracting(FormProblem::subject, FormProblem::code).containsExactlyInAnyOrder(
                Tuple.tuple("no_label", "label_missing"),
                Tuple.tuple("no_choices", "choices_missing"),
                Tuple.tuple("dup_choice", "choice_duplicate"),
                Tuple.tuple("dup_choice", "choice_name_invalid"),
                Tuple.tuple("scale", "likert_scale"),
                Tuple.tuple("note", "required_not_input"),
                Tuple.tuple("count", "default_invalid"),
                Tuple.tuple("matrix", "name_duplicate"));
    }

    @Test
    void a_stratified_plan_needs_known_strata_within_their_population() {
        FormDefinition planned = form(q("sex", QuestionType.SELECT_ONE).choices(choices("nam", "Nam", "nu", "Nữ")).build())
                .withSamplingPlan(new SamplingPlan(SamplingPlan.Design.STRATIFIED, "sex", null, null, null, List.of(
                        new SamplingPlan.Stratum("nam", 4421L, 100), new SamplingPlan.Stratum("nu", 50L, 100),
                        new SamplingPlan.Stratum("khac", 10L, 5))));
        assertThat(planned.problems()).extracting(FormProblem::choice, FormProblem::code).containsExactlyInAnyOrder(
                Tuple.tuple("nu", "plan_target_invalid"), Tuple.tuple("khac", "plan_stratum_unknown"));
        assertThat(planned.samplingPlan().isProbability()).isTrue();
    }
}
