package vn.pulse.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pulse.questionnaire.Forms.choices;
import static vn.pulse.questionnaire.Forms.form;
import static vn.pulse.questionnaire.Forms.q;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormEvaluatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    final FormDefinition form = form(
            q("has_job", QuestionType.SELECT_ONE).required(true).choices(choices("co", "Có", "khong", "Không")).build(),
            q("job", QuestionType.TEXT).required(true).relevant("${has_job} = 'co'").build(),
            q("age", QuestionType.INTEGER).required(true)
                    .constraint(". >= 15 and . <= 120", LocalizedText.of("Tuổi từ 15 đến 120")).build(),
            q("birth_year", QuestionType.CALCULATE).calculation("2026 - ${age}").build(),
            q("concerns", QuestionType.SELECT_MULTIPLE).choices(choices("gia", "Giá cả", "dat", "Đất đai", "khac", "Khác"))
                    .build(),
            q("other", QuestionType.TEXT).relevant("selected(${concerns}, 'khac')").build(),
            q("trust", QuestionType.MATRIX).choices(choices("1", "Thấp", "2", "Vừa", "3", "Cao"))
                    .items(List.of(Forms.item("trust_police"), Forms.item("trust_court"))).build(),
            q("why_low", QuestionType.TEXT).relevant("${trust_police} = '1'").build(),
            q("agree", QuestionType.LIKERT).choices(choices("1", "Rất không đồng ý", "2", "Không", "3", "Phân vân",
                    "4", "Đồng ý", "5", "Rất đồng ý")).build(),
            q("rating", QuestionType.RATING).build(),
            q("income", QuestionType.DECIMAL).build(),
            q("visited", QuestionType.DATE).constraint(". <= today()", null).build());

    @Test
    void the_definition_is_ready_to_publish() {
        assertThat(form.problems()).isEmpty();
    }

    @Test
    void answers_are_coerced_to_their_types() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("has_job", "co");
        raw.put("job", "  Giáo viên ");
        raw.put("age", "34");
        raw.put("concerns", "khac gia");
        raw.put("other", "Ô nhiễm");
        raw.put("trust", Map.of("trust_police", "3", "trust_court", 2));
        raw.put("agree", 4);
        raw.put("rating", 10.0);
        raw.put("income", "12.5");
        raw.put("visited", "2026-11-01");
        FormEvaluation result = FormEvaluator.evaluate(form, raw, TODAY);
        assertThat(result.errors()).isEmpty();
        assertThat(result.answers()).containsEntry("has_job", "co").containsEntry("job", "Giáo viên")
                .containsEntry("age", 34L).containsEntry("birth_year", new BigDecimal("1992"))
                .containsEntry("concerns", List.of("gia", "khac")).containsEntry("other", "Ô nhiễm")
                .containsEntry("trust", Map.of("trust_police", "3", "trust_court", "2"))
                .containsEntry("agree", 4L).containsEntry("rating", 10L)
                .containsEntry("income", new BigDecimal("12.5")).containsEntry("visited", LocalDate.of(2026, 11, 1));
        assertThat(result.answers().keySet()).startsWith("has_job", "job", "age", "birth_year");
    }

    @Test
    void answers_to_questions_not_asked_are_dropped_and_never_required() {
        FormEvaluation result = FormEvaluator.evaluate(form,
                Map.of("has_job", "khong", "job", "Không nên lưu", "age", 40, "other", "x", "why_low", "y"), TODAY);
        assertThat(result.errors()).isEmpty();
        assertThat(result.answers()).doesNotContainKeys("job", "other", "why_low");
        assertThat(result.isRelevant("job")).isFalse();
    }

    @Test
    void a_matrix_item_can_drive_skip_logic() {
        FormEvaluation result = FormEvaluator.evaluate(form,
                Map.of("has_job", "khong", "age", 40, "trust", Map.of("trust_police", "1"), "why_low", "Chậm"), TODAY);
        assertThat(result.answers()).containsEntry("why_low", "Chậm");
    }

    @Test
    void each_kind_of_bad_answer_gets_its_own_error() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("has_job", "co");
        raw.put("age", 130);
        raw.put("concerns", List.of("gia", "hack"));
        raw.put("agree", 6);
        raw.put("income", "nhiều");
        raw.put("visited", "2030-01-01");
        raw.put("injected", "x");
        FormEvaluation result = FormEvaluator.evaluate(form, raw, TODAY);
        assertThat(result.errors()).extracting(AnswerError::question, AnswerError::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("job", "required"),
                org.assertj.core.groups.Tuple.tuple("age", "constraint"),
                org.assertj.core.groups.Tuple.tuple("concerns", "unknown_choice"),
                org.assertj.core.groups.Tuple.tuple("agree", "out_of_range"),
                org.assertj.core.groups.Tuple.tuple("income", "type"),
                org.assertj.core.groups.Tuple.tuple("visited", "constraint"),
                org.assertj.core.groups.Tuple.tuple("injected", "unknown_question"));
        assertThat(result.errorsFor("age").getFirst().message().get("vi")).isEqualTo("Tuổi từ 15 đến 120");
        assertThat(result.isValid()).isFalse();
    }

    @Test
    void calculations_are_recomputed_whatever_the_client_sends() {
        FormEvaluation result = FormEvaluator.evaluate(form, Map.of("has_job", "khong", "age", 26, "birth_year", 1800),
                TODAY);
        assertThat(result.answers()).containsEntry("birth_year", new BigDecimal("2000"));
    }

    @Test
    void cascading_choices_follow_the_filter_and_refuse_choices_not_offered() {
        FormDefinition cascade = form(
                q("province", QuestionType.SELECT_ONE).choices(choices("08", "Tuyên Quang", "01", "Hà Nội")).build(),
                q("commune", QuestionType.SELECT_ONE).choiceFilter("province = ${province}").choices(List.of(
                        new Choice("c1", LocalizedText.of("Xã A"), Map.of("province", "08")),
                        new Choice("c2", LocalizedText.of("Phường B"), Map.of("province", "01")))).build());
        assertThat(cascade.problems()).isEmpty();
        Question commune = cascade.question("commune").orElseThrow();
        assertThat(FormEvaluator.choicesFor(cascade, commune, Map.of("province", "08"), TODAY))
                .extracting(Choice::name).containsExactly("c1");
        assertThat(FormEvaluator.evaluate(cascade, Map.of("province", "08", "commune", "c2"), TODAY).errors())
                .extracting(AnswerError::code).containsExactly("unknown_choice");
    }

    @Test
    void section_relevance_skips_every_question_in_it() {
        FormDefinition two = Forms.sections(
                new Section("a", LocalizedText.of("A"), null,
                        List.of(q("member", QuestionType.SELECT_ONE).choices(choices("y", "Có", "n", "Không")).build())),
                new Section("b", LocalizedText.of("B"), "${member} = 'y'",
                        List.of(q("years", QuestionType.INTEGER).required(true).build())));
        assertThat(FormEvaluator.evaluate(two, Map.of("member", "n"), TODAY).errors()).isEmpty();
        assertThat(FormEvaluator.evaluate(two, Map.of("member", "y"), TODAY).errors())
                .extracting(AnswerError::code).containsExactly("required");
    }

    @Test
    void defaults_start_a_new_form() {
        FormDefinition withDefault = form(q("sex", QuestionType.SELECT_ONE).choices(choices("nam", "Nam", "nu", "Nữ"))
                .defaultValue("nu").build(), q("n", QuestionType.INTEGER).defaultValue("3").build());
        assertThat(FormEvaluator.initialAnswers(withDefault)).containsExactly(Map.entry("sex", "nu"), Map.entry("n", 3L));
    }
}
