package vn.pulse.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.pulse.questionnaire.QuestionnaireTemplates.Template;
import vn.pulse.questionnaire.xlsform.XlsFormReader;
import vn.pulse.questionnaire.xlsform.XlsFormWriter;

/** The built-in templates are ready to publish, speak XLSForm, and the before/after pair joins up. */
class QuestionnaireTemplatesTest {

    final Map<String, FormDefinition> templates = QuestionnaireTemplates.load().stream()
            .collect(Collectors.toMap(Template::id, Template::definition));

    @Test
    void every_template_is_ready_to_publish_and_survives_an_xlsform_round_trip() {
        assertThat(templates).containsOnlyKeys("y_kien_chinh_sach", "bao_cao_du_luan_dinh_ky", "truoc_mien_hoc_phi",
                "sau_mien_hoc_phi");
        templates.forEach((id, form) -> {
            assertThat(form.problems()).as(id).isEmpty();
            assertThat(form.languages()).containsExactly("vi", "en");
            XlsFormImport again = XlsFormReader.read(new ByteArrayInputStream(XlsFormWriter.write(form)), id + ".xlsx");
            assertThat(again.problems()).as(id).isEmpty();
            assertThat(again.definition().sections()).as(id).isEqualTo(form.sections());
        });
    }

    @Test
    void the_policy_survey_has_demographics_awareness_agreement_trust_concerns_and_proposals() {
        FormDefinition survey = templates.get("y_kien_chinh_sach");
        Map<String, QuestionType> types = survey.questions().stream()
                .collect(Collectors.toMap(Question::name, Question::type));
        assertThat(types).containsEntry("gioi_tinh", QuestionType.SELECT_ONE).containsEntry("nhom_tuoi", QuestionType.SELECT_ONE)
                .containsEntry("nghe_nghiep", QuestionType.SELECT_ONE).containsEntry("dia_ban", QuestionType.AREA)
                .containsEntry("biet_chinh_sach", QuestionType.SELECT_ONE).containsEntry("muc_dong_tinh", QuestionType.LIKERT)
                .containsEntry("tin_tuong", QuestionType.MATRIX).containsEntry("moi_lo_ngai", QuestionType.SELECT_MULTIPLE)
                .containsEntry("kien_nghi", QuestionType.TEXT);
        assertThat(survey.samplingPlan().isStratified()).isTrue();
        FormEvaluation noConcernAndMore = FormEvaluator.evaluate(survey,
                Map.of("moi_lo_ngai", List.of("khong_lo_ngai", "thu_tuc")), LocalDate.of(2026, 11, 29));
        assertThat(noConcernAndMore.errorsFor("moi_lo_ngai")).extracting(AnswerError::code).containsExactly("constraint");
    }

    @Test
    void the_collaborator_report_has_three_streams_with_the_ordered_breadth_scale() {
        FormDefinition report = templates.get("bao_cao_du_luan_dinh_ky");
        assertThat(report.sections()).extracting(Section::name)
                .containsExactly("ky_bao_cao", "luong_1", "luong_2", "luong_3", "tong_hop");
        assertThat(report.question("muc_lan_toa_2").orElseThrow().choices()).extracting(Choice::name).containsExactly(
                "tuyet_dai_da_so", "da_so", "so_dong", "nhieu_y_kien", "mot_so", "co_nguoi");
        for (String stream : List.of("1", "2", "3")) {
            assertThat(report.question("chu_de_" + stream)).isPresent();
            assertThat(report.question("tin_don_" + stream)).isPresent();
            assertThat(report.question("tom_tat_" + stream).orElseThrow().required()).isTrue();
        }
        // the second stream is asked only when the collaborator says there is one
        FormEvaluation oneStream = FormEvaluator.evaluate(report, Map.of("them_luong_2", "khong"), LocalDate.of(2026, 11, 29));
        assertThat(oneStream.isRelevant("chu_de_2")).isFalse();
        assertThat(oneStream.errorsFor("chu_de_2")).isEmpty();
    }

    @Test
    void before_and_after_share_their_variables_with_the_same_meaning() {
        Map<String, Question> before = byName(templates.get("truoc_mien_hoc_phi"));
        Map<String, Question> after = byName(templates.get("sau_mien_hoc_phi"));
        assertThat(after.keySet()).containsAll(before.keySet());
        before.forEach((name, question) -> {
            Question later = after.get(name);
            assertThat(later.type()).as(name).isEqualTo(question.type());
            assertThat(later.choices()).as(name).isEqualTo(question.choices());
        });
    }

    private static Map<String, Question> byName(FormDefinition form) {
        return form.questions().stream().collect(Collectors.toMap(Question::name, Function.identity()));
    }
}
