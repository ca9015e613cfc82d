package vn.pulse.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pulse.analytics.OverviewService;
import vn.pulse.analytics.QuestionQuery;
import vn.pulse.analytics.QuestionTrend;
import vn.pulse.analytics.Source;
import vn.pulse.analytics.SurveyAnalytics;
import vn.pulse.base.DomainException;
import vn.pulse.base.Formats;
import vn.pulse.base.i18n.Messages;
import vn.pulse.statistics.Difference;
import vn.pulse.statistics.Estimate;
import vn.pulse.statistics.PeriodKind;
import vn.pulse.support.IntegrationTest;

/**
 * The periodic report's survey results, from the known survey of {@link ResponseFixtures} (the
 * mean of a Likert question in Tuyên Quang in April and October 2025, in Lai Châu in October):
 * the figures in the PDF and the XLSX are those analytics gives for the report's area and month
 * (by quarter for a year), and none of another province's.
 */
class PeriodicReportSurveysIT extends IntegrationTest {

    private static final String INDICATOR = "Điểm trung bình câu “Mức độ hài lòng với dịch vụ y tế”";

    @Autowired
    ReportService reports;

    @Autowired
    ReportingFixtures fixtures;

    @Autowired
    ResponseFixtures surveys;

    @Autowired
    SurveyAnalytics analytics;

    @Autowired
    OverviewService overview;

    @Autowired
    ApplicationContext context;

    private long survey;
    private String leader;

    @BeforeEach
    void arrange() {
        fixtures.arrange();
        survey = surveys.arrangeWithRollups();
        leader = fixtures.leader();
    }

    @Test
    void the_survey_headline_of_the_area_has_its_n_interval_change_chart_and_table() throws IOException {
        QuestionTrend.OptionTrend trend = headline(leader, ReportingFixtures.PROVINCE);
        Estimate october = trend.points().getLast().estimate();
        Difference change = trend.changes().getLast().change();
        assertThat(trend.points().getLast().period()).isEqualTo("2025-10");
        assertThat(trend.changes().getLast().from()).isEqualTo("2025-04");

        ArchivedReport report = fixtures.generated(reports, leader, request(ReportingFixtures.PROVINCE));
        byte[] pdf = file(leader, report, ReportFormat.PDF);
        ReportPreviews.write("opinion-periodic-surveys", pdf);

        assertThat(ReportDocumentsIT.text(pdf)).contains("V. KẾT QUẢ KHẢO SÁT DƯ LUẬN XÃ HỘI", "VI. KIẾN NGHỊ, ĐỀ XUẤT",
                "1. Khảo sát sự hài lòng về y tế", INDICATOR + " tháng 10 năm 2025 đạt " + mean(october.estimate())
                        + " (n = " + october.n() + "; khoảng tin cậy 95%: " + mean(october.ciLow()) + " – "
                        + mean(october.ciHigh()) + ")",
                (change.difference() > 0 ? "tăng " : "giảm ") + mean(Math.abs(change.difference()))
                        + " điểm so với tháng 4 năm 2025 (" + mean(change.reference().estimate()) + ")",
                change.pValue() < 0.05 ? "thay đổi có ý nghĩa thống kê" : "chưa có ý nghĩa thống kê",
                "Biểu đồ 3. " + INDICATOR + " theo tháng");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(ReportPreviews.images(document)).as("the survey's chart besides the two topics'").isEqualTo(3);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file(leader, report, ReportFormat.XLSX)))) {
            Row row = SurveyResultsReportIT.row(workbook.getSheet("Khảo sát 1"), "Tháng 10 năm 2025");
            assertThat(row.getCell(1).getNumericCellValue()).as("n").isEqualTo(october.n());
            assertThat(row.getCell(2).getNumericCellValue()).as("mean").isEqualTo(october.estimate());
            assertThat(row.getCell(3).getNumericCellValue()).as("95% CI low").isEqualTo(october.ciLow());
            assertThat(row.getCell(4).getNumericCellValue()).as("95% CI high").isEqualTo(october.ciHigh());
        }
    }

    @Test
    void a_yearly_report_follows_the_survey_by_quarter_over_two_years() throws IOException {
        QuestionQuery byQuarter = new QuestionQuery(survey, "hai_long", ReportingFixtures.PROVINCE, YearMonth.of(2024, 1),
                YearMonth.of(2025, 12), PeriodKind.QUARTER, true);
        QuestionTrend.OptionTrend trend = users.as(leader, () -> analytics.trend(byQuarter, Source.ROLLUP)).options()
                .getFirst();
        assertThat(trend.points()).extracting(p -> p.period()).containsExactly("2025-Q2", "2025-Q4");

        ArchivedReport report = fixtures.generated(reports, leader, new ReportRequest(ReportKind.OPINION_PERIODIC,
                ReportingFixtures.PROVINCE, "2025", null, null, null, List.of(), null));
        assertThat(ReportDocumentsIT.text(file(leader, report, ReportFormat.PDF))).contains(
                "theo quý từ quý I năm 2024 đến quý IV năm 2025",
                INDICATOR + " quý IV năm 2025 " + figure(trend.points().getLast().estimate()),
                "so với quý II năm 2025 (" + mean(trend.points().getFirst().estimate().estimate()) + ")",
                INDICATOR + " theo quý");
    }

    @Test
    void a_month_without_survey_responses_says_so_in_one_line() throws IOException {
        ArchivedReport report = fixtures.generated(reports, leader, new ReportRequest(ReportKind.OPINION_PERIODIC,
                ReportingFixtures.PROVINCE, "2025-03", null, null, null, List.of(), null));
        assertThat(ReportDocumentsIT.text(file(leader, report, ReportFormat.PDF))).as("April's figures are after March")
                .contains("V. KẾT QUẢ KHẢO SÁT DƯ LUẬN XÃ HỘI Trong tháng 3 năm 2025, trên địa bàn Tỉnh Tuyên Quang không có "
                        + "cuộc khảo sát dư luận xã hội nào có phiếu trả lời được tính. VI. KIẾN NGHỊ")
                .doesNotContain(INDICATOR);
    }

    @Test
    void a_province_report_shows_none_of_another_province_s_survey_figures() throws IOException {
        String other = fixtures.otherLeader();
        Estimate ours = headline(leader, ReportingFixtures.PROVINCE).points().getLast().estimate();
        Estimate theirs = headline(other, ReportingFixtures.OTHER_PROVINCE).points().getLast().estimate();
        Estimate whole = asSystem(() -> headline(null)).points().getLast().estimate();
        assertThat(List.of(figure(theirs), figure(whole))).doesNotContain(figure(ours));

        ArchivedReport report = fixtures.generated(reports, leader, request(ReportingFixtures.PROVINCE));
        assertThat(ReportDocumentsIT.text(file(leader, report, ReportFormat.PDF))).contains(figure(ours))
                .doesNotContain(figure(theirs), figure(whole));
        ArchivedReport theirReport = fixtures.generated(reports, other, request(ReportingFixtures.OTHER_PROVINCE));
        assertThat(ReportDocumentsIT.text(file(other, theirReport, ReportFormat.PDF))).as("theirs in their own report")
                .contains(figure(theirs)).doesNotContain(figure(ours));
        assertThatThrownBy(() -> users.as(leader, () -> overview.headlines(ReportingFixtures.OTHER_PROVINCE,
                YearMonth.of(2025, 10), YearMonth.of(2025, 10), PeriodKind.MONTH)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("area_out_of_scope"));
    }

    @Test
    void the_benchmark_helper_times_the_province_report() {
        var timing = PeriodicReportTiming.measure(context, ReportingFixtures.PROVINCE, YearMonth.of(2025, 10), 2);
        LoggerFactory.getLogger(PeriodicReportSurveysIT.class).info("Periodic report timing on the test data: {}", timing);
        assertThat(timing).containsKeys("p50Ms", "p95Ms", "maxMs").containsEntry("repeats", 2)
                .containsEntry("surveySheets", 1L);
        assertThat((int) timing.get("pdfBytes")).isPositive();
    }

    /** The survey's headline (the mean of hai_long) over the report's twelve months, as analytics gives it. */
    private QuestionTrend.OptionTrend headline(String user, String area) {
        return users.as(user, () -> headline(area));
    }

    private QuestionTrend.OptionTrend headline(String area) {
        QuestionQuery query = new QuestionQuery(survey, "hai_long", area, YearMonth.of(2024, 11), YearMonth.of(2025, 10),
                PeriodKind.MONTH, true);
        return analytics.trend(query, Source.ROLLUP).options().getFirst();
    }

    /** How the report writes an estimate with its base: "đạt 3,70 (n = 40;". */
    private static String figure(Estimate e) {
        return "đạt " + mean(e.estimate()) + " (n = " + e.n() + ";";
    }

    private static String mean(double value) {
        return Formats.number(value, 2, Messages.VIETNAMESE);
    }

    private static ReportRequest request(String area) {
        return new ReportRequest(ReportKind.OPINION_PERIODIC, area, ReportingFixtures.PERIOD, null, null, null, List.of(),
                null);
    }

    private byte[] file(String reader, ArchivedReport report, ReportFormat format) {
        return users.as(reader, () -> reports.download(report.id(), format)).content();
    }
}
