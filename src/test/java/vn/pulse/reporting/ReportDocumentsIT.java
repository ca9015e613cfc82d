package vn.pulse.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pulse.base.DomainException;
import vn.pulse.base.Formats;
import vn.pulse.support.IntegrationTest;

/**
 * Both opinion reports rendered from a known data set (see {@link ReportingFixtures}) and read
 * back: PDF text with PDFBox, XLSX cells with POI, DOCX text; PNG renders of the first pages go
 * to target/report-previews for people to look at. The periodic report's survey results are
 * checked in {@link PeriodicReportSurveysIT}.
 */
class ReportDocumentsIT extends IntegrationTest {

    @Autowired
    ReportService reports;

    @Autowired
    ReportingFixtures fixtures;

    @Autowired
    ResponseFixtures surveys;

    private String leader;

    @BeforeEach
    void arrange() {
        fixtures.arrange();
        // The periodic report's survey results (and their chart) are in every run, whatever ran before.
        surveys.arrangeWithRollups();
        leader = fixtures.leader();
    }

    @Test
    void periodic_report_has_the_party_layout_the_known_figures_and_a_chart_per_main_topic() throws IOException {
        ArchivedReport report = generate(new ReportRequest(ReportKind.OPINION_PERIODIC, ReportingFixtures.PROVINCE,
                ReportingFixtures.PERIOD, null, null, Secrecy.NONE, List.of(), null));
        byte[] pdf = file(report, ReportFormat.PDF);
        ReportPreviews.write("opinion-periodic", pdf);

        String text = text(pdf);
        assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY TUYÊN QUANG", "BAN TUYÊN GIÁO VÀ DÂN VẬN",
                report.number(), placeAndDateToday(), "BÁO CÁO", "Tình hình dư luận xã hội tháng 10 năm 2025");
        assertThat(report.number()).matches("Số \\d+-BC/BTGDV");
        assertThat(text).contains("Tuyên Quang", "đồng tình", "bức xúc");
        assertThat(text).contains("Tổng hợp từ 42 báo cáo", "(42 luồng dư luận)",
                "Ý kiến tiêu cực chiếm 69,0% tổng số luồng dư luận (n = 42;");
        assertThat(text).contains("15 luồng dư luận từ 15 báo cáo.",
                "tán thành, đồng tình 46,7%; phản đối 53,3%; băn khoăn, lưỡng lự, chưa rõ 0,0%",
                "Cường độ trung bình 3,5/5; 8 luồng ở mức bức xúc trở lên.", "Ý kiến tiêu cực chiếm 53,3%.");
        assertThat(text).contains("24 luồng dư luận từ 24 báo cáo.", "Ý kiến tiêu cực chiếm 75,0%.");
        assertThat(text).as("the early warning on the week of 20/10").contains(
                "tăng 5,0 lần so với trung bình 8 tuần trước (5 ý kiến, trung bình 1,0)");
        assertThat(text).as("Đất đai rests on 3 reports").contains("Ngoài ra có 1 chủ đề")
                .doesNotContain("Có ý kiến băn khoăn về giá đền bù");
        assertThat(text).contains("tỷ lệ ý kiến tiêu cực có xu hướng tăng", ReportingFixtures.PRICE_PROPOSAL,
                "Nơi nhận:", "PHỤ LỤC. SỐ LIỆU THEO TUẦN");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(ReportPreviews.images(document)).as("a chart for Y tế, one for Giá cả, one for the survey")
                    .isEqualTo(3);
        }
    }

    @Test
    void the_xlsx_holds_the_same_tables_with_the_figures_of_the_data() throws IOException {
        ArchivedReport report = generate(new ReportRequest(ReportKind.OPINION_PERIODIC, ReportingFixtures.PROVINCE,
                ReportingFixtures.PERIOD, null, null, null, List.of(), null));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file(report, ReportFormat.XLSX)))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Thông tin");
            Sheet topics = workbook.getSheet("Chủ đề");
            Row health = row(topics, "Y tế và bảo hiểm y tế");
            assertThat(health.getCell(2).getNumericCellValue()).as("reports").isEqualTo(24);
            assertThat(health.getCell(3).getNumericCellValue()).as("streams").isEqualTo(24);
            assertThat(health.getCell(4).getNumericCellValue()).as("approve").isEqualTo(0.25);
            assertThat(health.getCell(5).getNumericCellValue()).as("oppose").isEqualTo(0.75);
            assertThat(health.getCell(7).getNumericCellValue()).as("negative").isEqualTo(0.75);
            Row prices = row(topics, "Giá cả, xăng dầu, điện");
            assertThat(prices.getCell(3).getNumericCellValue()).isEqualTo(15);
            assertThat(prices.getCell(5).getNumericCellValue()).isEqualTo(8 / 15.0, org.assertj.core.api.Assertions.within(1e-12));
            Row land = row(topics, "Đất đai và giải phóng mặt bằng");
            assertThat(land.getCell(2).getStringCellValue()).isEqualTo("–");
            Sheet alerts = workbook.getSheet("Vấn đề nóng");
            assertThat(alerts.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Giá cả, xăng dầu, điện");
            assertThat(alerts.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(5);
            assertThat(alerts.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(1.0);
            Sheet weekly = workbook.getSheet("Theo tuần");
            Row lastHealthWeek = row(weekly, "Y tế và bảo hiểm y tế", "20/10/2025");
            assertThat(lastHealthWeek.getCell(2).getNumericCellValue()).isEqualTo(6);
            assertThat(lastHealthWeek.getCell(5).getNumericCellValue()).isEqualTo(5 / 6.0, org.assertj.core.api.Assertions.within(1e-12));
            assertThat(row(weekly, "Giá cả, xăng dầu, điện", "13/10/2025").getCell(2).getStringCellValue())
                    .as("a week of 2 reports is withheld").isEqualTo("–");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(file(report, ReportFormat.DOCX)));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM", report.number(),
                    "15 luồng dư luận từ 15 báo cáo.", "Nơi nhận:");
            assertThat(docx.getAllPictures()).hasSize(3);
        }
    }

    @Test
    void quick_report_on_one_hot_issue_quotes_what_people_say_and_its_early_warning() throws IOException {
        ArchivedReport report = generate(new ReportRequest(ReportKind.OPINION_QUICK, ReportingFixtures.PROVINCE,
                "2025-10-06..2025-10-26", "gia_ca", null, Secrecy.CONFIDENTIAL, List.of(fixtures.supervisor()), null));
        byte[] pdf = file(report, ReportFormat.PDF);
        ReportPreviews.write("opinion-quick", pdf);
        String text = text(pdf);
        assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO NHANH", "MẬT",
                "Dư luận xã hội về giá cả, xăng dầu, điện từ ngày 06/10/2025 đến ngày 26/10/2025",
                "12 luồng dư luận về giá cả, xăng dầu, điện trong 12 báo cáo",
                "tán thành, đồng tình 41,7%; phản đối 58,3%", ReportingFixtures.PRICE_OPPOSED, "bức xúc",
                "Cảnh báo sớm: tuần 20/10–26/10/2025, ý kiến tiêu cực tăng 5,0 lần", "Phát hành hạn chế");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(ReportPreviews.images(document)).isEqualTo(1);
        }
    }

    @Test
    void the_preview_is_the_same_document_without_a_number_and_writes_nothing_to_the_archive() {
        int before = users.as(leader, () -> reports.archive()).size();
        String html = users.as(leader, () -> reports.preview(new ReportRequest(ReportKind.OPINION_PERIODIC,
                ReportingFixtures.PROVINCE, ReportingFixtures.PERIOD, null, null, null, List.of(), null)));
        assertThat(html).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Số &nbsp;&nbsp;&nbsp;&nbsp;-BC/BTGDV",
                "data:image/png;base64,", "15 luồng dư luận từ 15 báo cáo.");
        assertThat(users.as(leader, () -> reports.archive())).hasSize(before);
    }

    @Test
    void bad_requests_are_refused_at_once_with_their_own_code() {
        assertCode(new ReportRequest(ReportKind.OPINION_PERIODIC, "08", "2025-13", null, null, null, List.of(), null),
                "period_invalid");
        assertCode(new ReportRequest(ReportKind.OPINION_PERIODIC, "08", "2025-10-01..2025-10-09", null, null, null,
                List.of(), null), "period_invalid");
        String nextYear = String.valueOf(LocalDate.now(Formats.ZONE).getYear() + 1);
        assertCode(new ReportRequest(ReportKind.OPINION_PERIODIC, "08", nextYear, null, null, null, List.of(), null),
                "period_future");
        assertCode(new ReportRequest(ReportKind.OPINION_QUICK, "08", "2025-10-01..2025-10-09", "khong_co", null, null,
                List.of(), null), "topic_unknown");
        assertCode(new ReportRequest(ReportKind.OPINION_QUICK, "08", "2025-10-01..2025-10-09", null, null, null,
                List.of(), null), "topic_required");
        assertCode(new ReportRequest(ReportKind.OPINION_PERIODIC, "08", "2025-10", null, null, null,
                List.of("rp-ctv-08"), null), "reader_invalid");
        assertCode(new ReportRequest(ReportKind.OPINION_PERIODIC, ReportingFixtures.OTHER_PROVINCE, "2025-10", null, null,
                null, List.of(), null), "area_not_found");
        Letterhead blank = new Letterhead("", "BAN", "BC/BTGDV", "Tuyên Quang", List.of(), "", List.of());
        assertCode(new ReportRequest(ReportKind.OPINION_PERIODIC, "08", "2025-10", null, blank, null, List.of(), null),
                "letterhead_invalid");
    }

    @Test
    void the_same_request_key_sent_twice_starts_one_run() {
        String key = UUID.randomUUID().toString();
        ReportRequest request = new ReportRequest(ReportKind.OPINION_PERIODIC, ReportingFixtures.PROVINCE,
                ReportingFixtures.PERIOD, null, null, null, List.of(), key);
        ReportRun first = users.as(leader, () -> reports.generate(request));
        ReportRun again = users.as(leader, () -> reports.generate(request));
        assertThat(again.id()).isEqualTo(first.id());
        fixtures.finished(reports, leader, first.id());
    }

    private void assertCode(ReportRequest request, String code) {
        assertThatThrownBy(() -> users.as(leader, () -> reports.generate(request)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private ArchivedReport generate(ReportRequest request) {
        return fixtures.generated(reports, leader, request);
    }

    private byte[] file(ArchivedReport report, ReportFormat format) {
        ReportFile file = users.as(leader, () -> reports.download(report.id(), format));
        assertThat(ReportRunner.sha256(file.content())).isEqualTo(report.file(format).sha256());
        return file.content();
    }

    static String placeAndDateToday() {
        return DocumentFrame.placeAndDate("Tuyên Quang", LocalDate.now(Formats.ZONE));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Page numbers (a line of digits) are dropped and lines joined: a sentence may run on
            // over a line or a page.
            return new PDFTextStripper().getText(document).replaceAll("(?m)^\\s*\\d+\\s*$", "")
                    .replaceAll("\\s*\\R\\s*", " ");
        }
    }


    private static Row row(Sheet sheet, String... firstCells) {
        for (Row row : sheet) {
            boolean matches = true;
            for (int i = 0; i < firstCells.length; i++) {
                var cell = row.getCell(i + (sheet.getSheetName().equals("Chủ đề") ? 1 : 0));
                matches &= cell != null && firstCells[i].equals(cell.toString());
            }
            if (matches) {
                return row;
            }
        }
        throw new AssertionError("no row " + String.join(" / ", firstCells) + " in " + sheet.getSheetName());
    }
}
