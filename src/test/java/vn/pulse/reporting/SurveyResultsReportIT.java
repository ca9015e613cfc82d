package vn.pulse.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pulse.base.DomainException;
import vn.pulse.support.IntegrationTest;

/**
 * The survey results report of the known survey ({@link ResponseFixtures}): October 2025 compared
 * with April 2025 in Tuyên Quang, its weighted figures checked against the hand calculation in
 * the fixture's comment, read back from the PDF (PDFBox) and the XLSX.
 */
class SurveyResultsReportIT extends IntegrationTest {

    private static final Pattern HIGHLIGHT = Pattern.compile(
            "đạt 60,0% \\(n = 40; KTC 95%: (\\d+,\\d)% – (\\d+,\\d)%\\); tăng 16,7 điểm phần trăm so với đợt trước "
                    + "\\(43,3%\\); khác biệt chưa có ý nghĩa thống kê \\(p = 0,(\\d{3})\\)");

    @Autowired
    ReportService reports;

    @Autowired
    ResponseFixtures survey;

    @Autowired
    ReportingFixtures fixtures;

    private long questionnaire;
    private String leader;

    @BeforeEach
    void arrange() {
        questionnaire = survey.arrange();
        leader = survey.leader();
    }

    @Test
    void the_report_compares_two_waves_with_weighted_estimates_intervals_and_a_trend_chart() throws IOException {
        ArchivedReport report = generate(request("2025-10", "2025-04"));
        assertThat(report.kind()).isEqualTo(ReportKind.SURVEY_RESULTS);
        byte[] pdf = file(report, ReportFormat.PDF);
        ReportPreviews.write("survey-results", pdf);

        String text = ReportDocumentsIT.text(pdf);
        assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO", report.number(),
                "Kết quả khảo sát “Khảo sát sự hài lòng về y tế” tháng 10 năm 2025");
        assertThat(text).contains("Tuyên Quang", "hài lòng", "Mức độ hài lòng với dịch vụ y tế", "Nơi nhận:");
        assertThat(text).as("the counted responses of each wave; Lai Châu, rejected and returned ones left out")
                .contains("đã tổng hợp 40 phiếu trả lời hợp lệ tháng 10 năm 2025",
                        "so sánh với đợt tháng 4 năm 2025 (40 phiếu)");
        assertThat(text).as("stratified: weights N_h/n_h").contains("Mẫu xác suất phân tầng theo địa bàn (3 tầng)");
        Matcher highlight = HIGHLIGHT.matcher(text);
        assertThat(highlight.find()).as("weighted 60,0% (unweighted it would be 55,0%) against 43,3%: " + text).isTrue();
        double low = Double.parseDouble(highlight.group(1).replace(',', '.'));
        double high = Double.parseDouble(highlight.group(2).replace(',', '.'));
        assertThat(low).isLessThan(60).isGreaterThan(40);
        assertThat(high).isGreaterThan(60).isLessThan(80);
        assertThat(text).contains("Chưa có thay đổi nào giữa hai đợt có ý nghĩa thống kê");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(ReportPreviews.images(document)).as("one monthly chart for the Likert question").isEqualTo(1);
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file(report, ReportFormat.XLSX)))) {
            Sheet likert = workbook.getSheet("Câu 3");
            Row mean = row(likert, "Điểm trung bình (thang 1–5)");
            assertThat(mean.getCell(1).getNumericCellValue()).as("n before").isEqualTo(40);
            assertThat(mean.getCell(2).getNumericCellValue()).as("April: (20 000·3,5 + 10 000·3,1)/30 000")
                    .isCloseTo(101_000.0 / 30_000, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(mean.getCell(5).getNumericCellValue()).as("October: (20 000·3,9 + 10 000·3,3)/30 000")
                    .isCloseTo(3.7, org.assertj.core.data.Offset.offset(1e-9));
            Sheet sex = workbook.getSheet("Câu 1");
            assertThat(row(sex, "Khác").getCell(5).toString()).as("2 respondents: withheld").isEqualTo("–");
            assertThat(row(sex, "Nữ").getCell(5).toString()).as("secondary suppression").isEqualTo("–");
            assertThat(row(sex, "Nam").getCell(5).getNumericCellValue()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(row(sex, "Nữ").getCell(7).toString()).as("a change next to a withheld share would reveal it")
                    .isEqualTo("–");
            assertThat(row(sex, "Nam").getCell(2).toString()).as("April: no 'Khác' (0 < 5) withholds the next smallest")
                    .isEqualTo("–");
            assertThat(row(sex, "Nam").getCell(7).toString()).isEqualTo("–");
        }
    }

    @Test
    void without_an_earlier_wave_the_report_shows_one_wave() throws IOException {
        String text = ReportDocumentsIT.text(file(generate(request("2025-10", null)), ReportFormat.PDF));
        assertThat(text).contains("đã tổng hợp 40 phiếu trả lời hợp lệ tháng 10 năm 2025")
                .doesNotContain("so sánh với đợt", "Chênh lệch");
        assertThat(text).containsPattern("đạt 60,0% \\(n = 40; KTC 95%: \\d+,\\d% – \\d+,\\d%\\)\\.");
    }

    @Test
    void a_bad_questionnaire_or_baseline_is_refused_at_once() {
        assertCode(new ReportRequest(ReportKind.SURVEY_RESULTS, ResponseFixtures.PROVINCE, "2025-10", null, null, null,
                List.of(), null, null, null), "questionnaire_required");
        assertCode(request("2025-10", "2025-10"), "baseline_invalid");
        assertCode(new ReportRequest(ReportKind.SURVEY_RESULTS, ResponseFixtures.PROVINCE, "2025-10", null, null, null,
                List.of(), null, 999_999L, null), "questionnaire_not_found");
    }

    @Test
    void the_api_starts_a_survey_results_report_and_refuses_a_baseline_after_the_wave() {
        vn.pulse.support.Api api = new vn.pulse.support.Api(baseUrl());
        String token = api.token(leader, vn.pulse.support.TestUsers.PASSWORD);
        vn.pulse.support.Api.Reply started = api.post("/api/v1/reports", token, "{\"kind\":\"survey_results\",\"area\":\"08\","
                + "\"period\":\"2025-10\",\"questionnaire\":" + questionnaire + ",\"baseline\":\"2025-04\"}");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get("kind").asString()).isEqualTo("survey_results");
        ReportRun done = fixtures.finished(reports, leader, started.json().get("id").asLong());
        assertThat(done.status()).as(done.errorCode()).isEqualTo(RunStatus.DONE);
        assertThat(api.post("/api/v1/reports", token, "{\"kind\":\"survey_results\",\"area\":\"08\","
                + "\"period\":\"2025-04\",\"questionnaire\":" + questionnaire + ",\"baseline\":\"2025-10\"}").code())
                .isEqualTo("baseline_invalid");
    }

    private ReportRequest request(String period, String baseline) {
        return new ReportRequest(ReportKind.SURVEY_RESULTS, ResponseFixtures.PROVINCE, period, null, null, null, List.of(),
                null, questionnaire, baseline);
    }

    private void assertCode(ReportRequest request, String code) {
        assertThatThrownBy(() -> users.as(leader, () -> reports.generate(request)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private ArchivedReport generate(ReportRequest request) {
        ReportRun run = users.as(leader, () -> reports.generate(request));
        ReportRun done = fixtures.finished(reports, leader, run.id());
        assertThat(done.status()).as(done.errorCode()).isEqualTo(RunStatus.DONE);
        return users.as(leader, () -> reports.find(done.documentId())).orElseThrow();
    }

    private byte[] file(ArchivedReport report, ReportFormat format) {
        return users.as(leader, () -> reports.download(report.id(), format)).content();
    }

    static Row row(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && first.equals(row.getCell(0).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }
}
