package vn.pulse.questionnaire.xlsform;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pulse.questionnaire.xlsform.Workbooks.row;
import static vn.pulse.questionnaire.xlsform.Workbooks.xlsform;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.FormEvaluator;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;
import vn.pulse.questionnaire.Section;
import vn.pulse.questionnaire.XlsFormImport;
import vn.pulse.questionnaire.XlsFormProblem;

/** Real-world XLSForm files, written with POI, imported into the model; bad files named cell by cell. */
class XlsFormImportTest {

    static final List<Object> SURVEY_HEADER = row("type", "name", "label::Tiếng Việt (vi)", "label::English (en)",
            "hint::Tiếng Việt (vi)", "required", "relevant", "constraint", "constraint_message::Tiếng Việt (vi)",
            "calculation", "choice_filter", "appearance", "default", "parameters");
    static final List<Object> CHOICES_HEADER = row("list_name", "name", "label::Tiếng Việt (vi)", "label::English (en)",
            "province");

    /** A household survey as a provincial team would write it: groups, skip logic, cascades, two languages. */
    static Workbooks householdSurvey() {
        return xlsform()
                .sheet("survey", List.of(SURVEY_HEADER,
                        row("start", "start"),
                        row("begin group", "nguoi_tra_loi", "Người trả lời", "Respondent", null, null, null, null, null,
                                null, null, "field-list"),
                        row("select_one sex", "gioi_tinh", "Giới tính", "Sex", null, "yes"),
                        row("integer", "tuoi", "Tuổi", "Age", "Tuổi tròn", "yes", null, ". >= 15 and . <= 120",
                                "Tuổi từ 15 đến 120"),
                        row("select_one province", "tinh", "Tỉnh", "Province", null, "yes"),
                        row("select_one commune", "xa", "Xã", "Commune", null, null, null, null, null, null,
                                "province = ${tinh}"),
                        row("end group"),
                        row("begin group", "y_kien", "Ý kiến", "Opinion", null, null, "${tuoi} >= 18"),
                        row("select_one agree5", "dong_y", "Mức đồng tình", "Agreement", null, "yes", null, null, null,
                                null, null, "likert"),
                        row("select_multiple concern", "lo_ngai", "Điều lo ngại", "Concerns"),
                        row("text", "lo_ngai_khac", "Lo ngại khác", "Other concern", null, "yes",
                                "selected(${lo_ngai}, 'khac')", null, null, null, null, "multiline"),
                        row("range", "hai_long", "Mức hài lòng (0-10)", "Satisfaction (0-10)", null, null, null, null,
                                null, null, null, null, null, "start=0 end=10 step=1"),
                        row("begin group", "tin_tuong", "Mức tin tưởng", "Trust", null, null, null, null, null, null,
                                null, "table-list"),
                        row("select_one trust3", "tin_cong_an", "Công an", "Police"),
                        row("select_one trust3", "tin_toa_an", "Tòa án", "Courts"),
                        row("end group"),
                        row("date", "ngay_phong_van", "Ngày phỏng vấn", "Interview date", null, null, null,
                                ". <= today()"),
                        row("select_one_from_file areas.csv", "dia_ban", "Địa bàn", "Area"),
                        row("calculate", "nam_sinh", null, null, null, null, null, null, null, "2026 - ${tuoi}"),
                        row("note", "cam_on", "Xin cảm ơn!", "Thank you!"),
                        row("end group")))
                .sheet("choices", List.of(CHOICES_HEADER,
                        row("sex", "nam", "Nam", "Male"),
                        row("sex", "nu", "Nữ", "Female"),
                        row("province", "08", "Tuyên Quang", "Tuyen Quang"),
                        row("province", "01", "Hà Nội", "Ha Noi"),
                        row("commune", "c_tq_1", "Phường Minh Xuân", "Minh Xuan ward", "08"),
                        row("commune", "c_hn_1", "Phường Ba Đình", "Ba Dinh ward", "01"),
                        row("agree5", 1, "Rất không đồng tình", "Strongly disagree"),
                        row("agree5", 2, "Không đồng tình", "Disagree"),
                        row("agree5", 3, "Phân vân", "Undecided"),
                        row("agree5", 4, "Đồng tình", "Agree"),
                        row("agree5", 5, "Rất đồng tình", "Strongly agree"),
                        row("concern", "gia_ca", "Giá cả", "Prices"),
                        row("concern", "khac", "Khác", "Other"),
                        row("trust3", "thap", "Thấp", "Low"),
                        row("trust3", "vua", "Vừa", "Medium"),
                        row("trust3", "cao", "Cao", "High")))
                .sheet("settings", List.of(
                        row("form_title", "form_id", "version", "default_language", "instance_name"),
                        row("Khảo sát hộ gia đình", "ks_ho_gia_dinh", "2026110101", "Tiếng Việt (vi)",
                                "concat(${tinh}, '-', ${tuoi})")));
    }

    @Test
    void a_two_language_form_with_groups_skip_logic_and_cascading_selects_is_imported() {
        XlsFormImport result = XlsFormReader.read(householdSurvey().stream(), "ho_gia_dinh.xlsx");

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(XlsFormProblem::code, XlsFormProblem::sheet, XlsFormProblem::cell)
                .containsExactlyInAnyOrder(Tuple.tuple("metadata_ignored", "survey", "A2"),
                        Tuple.tuple("setting_ignored", "settings", "E2"));
        FormDefinition form = result.definition();
        assertThat(form.code()).isEqualTo("ks_ho_gia_dinh");
        assertThat(form.title().get("vi")).isEqualTo("Khảo sát hộ gia đình");
        assertThat(form.languages()).containsExactly("vi", "en");
        assertThat(form.sections()).extracting(Section::name).containsExactly("nguoi_tra_loi", "y_kien");
        assertThat(form.sections().get(1).relevant()).isEqualTo("${tuoi} >= 18");
        assertThat(form.questions()).extracting(Question::name, Question::type).containsExactly(
                Tuple.tuple("gioi_tinh", QuestionType.SELECT_ONE), Tuple.tuple("tuoi", QuestionType.INTEGER),
                Tuple.tuple("tinh", QuestionType.SELECT_ONE), Tuple.tuple("xa", QuestionType.SELECT_ONE),
                Tuple.tuple("dong_y", QuestionType.LIKERT), Tuple.tuple("lo_ngai", QuestionType.SELECT_MULTIPLE),
                Tuple.tuple("lo_ngai_khac", QuestionType.TEXT), Tuple.tuple("hai_long", QuestionType.RATING),
                Tuple.tuple("tin_tuong", QuestionType.MATRIX), Tuple.tuple("ngay_phong_van", QuestionType.DATE),
                Tuple.tuple("dia_ban", QuestionType.AREA), Tuple.tuple("nam_sinh", QuestionType.CALCULATE),
                Tuple.tuple("cam_on", QuestionType.NOTE));

        Question age = form.question("tuoi").orElseThrow();
        assertThat(age.label().get("en")).isEqualTo("Age");
        assertThat(age.hint().get("vi")).isEqualTo("Tuổi tròn");
        assertThat(age.required()).isTrue();
        assertThat(age.constraint()).isEqualTo(". >= 15 and . <= 120");
        assertThat(age.constraintMessage().get("vi")).isEqualTo("Tuổi từ 15 đến 120");
        Question commune = form.question("xa").orElseThrow();
        assertThat(commune.choiceFilter()).isEqualTo("province = ${tinh}");
        assertThat(commune.choices()).extracting(Choice::attributes)
                .containsExactly(Map.of("province", "08"), Map.of("province", "01"));
        Question agree = form.question("dong_y").orElseThrow();
        assertThat(agree.choices()).extracting(Choice::name).containsExactly("1", "2", "3", "4", "5");
        assertThat(agree.appearance()).isNull();
        assertThat(form.question("lo_ngai_khac").orElseThrow().hasAppearance("multiline")).isTrue();
        Question trust = form.question("tin_tuong").orElseThrow();
        assertThat(trust.items()).extracting(Choice::name).containsExactly("tin_cong_an", "tin_toa_an");
        assertThat(trust.choices()).extracting(Choice::name).containsExactly("thap", "vua", "cao");

        // the imported logic runs: cascading choices, skip logic, calculation
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertThat(FormEvaluator.choicesFor(form, commune, Map.of("tinh", "08"), today)).extracting(Choice::name)
                .containsExactly("c_tq_1");
        var evaluation = FormEvaluator.evaluate(form, Map.of("gioi_tinh", "nu", "tuoi", 16, "tinh", "08",
                "dong_y", 4), today);
        assertThat(evaluation.errors()).isEmpty();
        assertThat(evaluation.answers()).doesNotContainKeys("dong_y", "nam_sinh");
        var adult = FormEvaluator.evaluate(form, Map.of("gioi_tinh", "nu", "tuoi", 20, "tinh", "08", "dong_y", 4,
                "tin_tuong", Map.of("tin_cong_an", "cao")), today);
        assertThat(adult.errors()).isEmpty();
        assertThat(adult.answers()).containsEntry("dong_y", 4L).containsEntry("nam_sinh", new BigDecimal("2006"))
                .containsEntry("tin_tuong", Map.of("tin_cong_an", "cao"));
    }

    @Test
    void questions_outside_groups_form_sections_of_their_own_and_plain_label_is_the_default_language() {
        byte[] file = xlsform()
                .sheet("survey", List.of(row("type", "name", "label"), row("text", "ho_ten", "Họ và tên"),
                        row("integer", "so_nguoi", "Số người trong hộ")))
                .sheet("settings", List.of(row("form_title", "form_id"), row("Phiếu ngắn", "phieu_ngan"))).bytes();
        XlsFormImport result = XlsFormReader.read(new ByteArrayInputStream(file), "x.xlsx");
        assertThat(result.ok()).isTrue();
        assertThat(result.definition().languages()).containsExactly("vi");
        assertThat(result.definition().sections()).singleElement()
                .satisfies(s -> assertThat(s.questions()).hasSize(2));
        assertThat(result.definition().question("ho_ten").orElseThrow().label().get("vi")).isEqualTo("Họ và tên");
    }

    @Test
    void a_file_without_a_survey_sheet_is_refused_naming_the_sheet() {
        byte[] file = xlsform().sheet("choices", List.of(CHOICES_HEADER)).bytes();
        XlsFormImport result = XlsFormReader.read(new ByteArrayInputStream(file), "x.xlsx");
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.sheet()).isEqualTo("survey");
            assertThat(e.row()).isZero();
            assertThat(e.code()).isEqualTo("missing_sheet");
        });
    }

    @Test
    void a_select_without_a_choices_sheet_is_refused() {
        byte[] file = xlsform().sheet("survey", List.of(row("type", "name", "label"),
                row("select_one yes_no", "co_khong", "Có hay không"))).bytes();
        XlsFormImport result = XlsFormReader.read(new ByteArrayInputStream(file), "x.xlsx");
        assertThat(result.errors()).extracting(XlsFormProblem::sheet, XlsFormProblem::code)
                .contains(Tuple.tuple("choices", "missing_sheet"), Tuple.tuple("survey", "list_unknown"));
    }

    @Test
    void unknown_and_unsupported_types_and_columns_are_reported_by_row_and_column() {
        byte[] file = xlsform()
                .sheet("survey", List.of(row("type", "name", "label", "media::image"),
                        row("text", "ho_ten", "Họ tên"),
                        row("geopoint", "vi_tri", "Vị trí"),
                        row("begin repeat", "thanh_vien", "Thành viên"),
                        row("text", "ten_thanh_vien", "Tên"),
                        row("end repeat"),
                        row("multiple_choice", "x", "X"),
                        row("note", "anh", "Ảnh", "anh.jpg")))
                .bytes();
        XlsFormImport result = XlsFormReader.read(new ByteArrayInputStream(file), "x.xlsx");
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).extracting(XlsFormProblem::code, XlsFormProblem::row, XlsFormProblem::column,
                XlsFormProblem::cell).containsExactlyInAnyOrder(
                        Tuple.tuple("unsupported_type", 3, "type", "A3"),
                        Tuple.tuple("unsupported_type", 4, "type", "A4"),
                        Tuple.tuple("unknown_type", 7, "type", "A7"),
                        Tuple.tuple("unsupported_column", 8, "media::image", "D8"));
        assertThat(result.errors().stream().filter(e -> e.row() == 3).findFirst().orElseThrow().args())
                .containsExactly("geopoint");
    }

    @Test
    void a_broken_expression_is_reported_at_its_cell_with_the_character_position() {
        byte[] file = xlsform().sheet("survey", List.of(row("type", "name", "label", "relevant", "constraint"),
                row("integer", "tuoi", "Tuổi"),
                row("text", "nghe", "Nghề", "${tuoi} >= ", null),
                row("integer", "con", "Số con", null, ". >= 0 and ${khong_co} < 3"))).bytes();
        XlsFormImport result = XlsFormReader.read(new ByteArrayInputStream(file), "x.xlsx");
        assertThat(result.errors()).extracting(XlsFormProblem::code, XlsFormProblem::cell, XlsFormProblem::messageKey)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("expression", "D3", "questionnaire.expression.unexpected_end"),
                        Tuple.tuple("reference_unknown", "E4", "questionnaire.problem.reference_unknown"));
        assertThat(result.errors().getFirst().args().getFirst()).isEqualTo(11);
    }

    @Test
    void duplicate_names_and_duplicate_choices_are_reported_where_they_are() {
        byte[] file = xlsform()
                .sheet("survey", List.of(row("type", "name", "label"),
                        row("text", "ten", "Tên"),
                        row("select_one yn", "dong_y", "Đồng ý?"),
                        row("integer", "ten", "Tên lần nữa")))
                .sheet("choices", List.of(row("list_name", "name", "label"),
                        row("yn", "co", "Có"), row("yn", "khong", "Không"), row("yn", "co", "Có nữa")))
                .bytes();
        XlsFormImport result = XlsFormReader.read(new ByteArrayInputStream(file), "x.xlsx");
        assertThat(result.errors()).extracting(XlsFormProblem::sheet, XlsFormProblem::code, XlsFormProblem::cell)
                .containsExactlyInAnyOrder(Tuple.tuple("survey", "name_duplicate", "B4"),
                        Tuple.tuple("choices", "choice_duplicate", "B2"));
    }

    @Test
    void groups_must_be_closed_and_not_nested() {
        byte[] file = xlsform().sheet("survey", List.of(row("type", "name", "label"),
                row("begin group", "a", "A"), row("begin group", "b", "B"), row("text", "t", "T"),
                row("end group"), row("end group"), row("end group"), row("begin group", "c", "C"),
                row("text", "u", "U"))).bytes();
        XlsFormImport result = XlsFormReader.read(new ByteArrayInputStream(file), "x.xlsx");
        assertThat(result.errors()).extracting(XlsFormProblem::code, XlsFormProblem::row).contains(
                Tuple.tuple("nested_group", 3), Tuple.tuple("group_not_open", 7), Tuple.tuple("group_not_closed", 8));
    }

    @Test
    void a_file_that_is_not_a_workbook_is_refused() {
        XlsFormImport result = XlsFormReader.read(new ByteArrayInputStream("name,label\n".getBytes()), "x.csv");
        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo("unreadable"));
    }
}
