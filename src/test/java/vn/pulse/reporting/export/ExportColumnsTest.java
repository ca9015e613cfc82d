package vn.pulse.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.LocalizedText;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;
import vn.pulse.questionnaire.Section;

class ExportColumnsTest {

    private static FormDefinition form(Question... questions) {
        return FormDefinition.unsaved("thu", LocalizedText.of("Thử"), List.of("vi"),
                List.of(new Section("s", LocalizedText.of("S"), null, List.of(questions))), null);
    }

    private static Choice c(String name) {
        return new Choice(name, LocalizedText.of("Nhãn " + name));
    }

    @Test
    void given_a_form_when_columns_are_made_then_options_and_items_get_their_own_columns_and_notes_none() {
        ExportColumns columns = new ExportColumns(form(
                Question.builder("ghi_chu", QuestionType.NOTE).build(),
                Question.builder("kenh", QuestionType.SELECT_MULTIPLE).choices(List.of(c("tv"), c("bao"))).build(),
                Question.builder("bang", QuestionType.MATRIX).choices(List.of(c("1"), c("2")))
                        .items(List.of(c("a"), c("b"))).build(),
                Question.builder("tuoi", QuestionType.INTEGER).build()));
        assertThat(columns.columns()).extracting(ExportColumns.Column::name).containsExactly("response_id", "version",
                "status", "area_code", "interview_date", "stratum", "cluster", "kenh_tv", "kenh_bao", "bang_a", "bang_b",
                "tuoi");
        assertThat(columns.columns()).extracting(ExportColumns.Column::kind).endsWith(ExportColumns.Kind.FLAG,
                ExportColumns.Kind.FLAG, ExportColumns.Kind.CHOICE, ExportColumns.Kind.CHOICE, ExportColumns.Kind.NUMBER);
    }

    @Test
    void given_a_question_named_like_an_option_column_when_columns_are_made_then_names_stay_unique() {
        ExportColumns columns = new ExportColumns(form(
                Question.builder("a", QuestionType.SELECT_MULTIPLE).choices(List.of(c("b"))).build(),
                Question.builder("a_b", QuestionType.TEXT).build()));
        assertThat(columns.columns()).extracting(ExportColumns.Column::name).endsWith("a_b", "a_b_2");
    }

    @Test
    void given_values_with_commas_quotes_and_line_breaks_when_written_as_csv_then_they_are_quoted_rfc4180() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvSink.table(out, List.of(List.of("a", "b,c", "say \"hi\"", "two\nlines", "Đồng tình")));
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFa,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",Đồng tình\r\n");
    }

    @Test
    void given_numbers_when_written_then_whole_ones_have_no_decimals_and_others_a_point() {
        assertThat(ResponseRows.number(3.0)).isEqualTo("3");
        assertThat(ResponseRows.number(2.5)).isEqualTo("2.5");
        assertThat(ResponseRows.number(-0.125)).isEqualTo("-0.125");
        assertThat(ResponseRows.areaCode("/08/00691/")).isEqualTo("00691");
        assertThat(ResponseRows.areaCode("/08/")).isEqualTo("08");
    }
}
