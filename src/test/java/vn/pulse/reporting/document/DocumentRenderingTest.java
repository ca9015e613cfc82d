package vn.pulse.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.pulse.reporting.ReportPreviews;

/** The three renderers on one hand-made document: same words, same numbers, fonts embedded. */
class DocumentRenderingTest {

    private final ReportDocument report = SampleDocuments.report();

    @Test
    void pdf_is_a4_with_the_party_heading_every_diacritic_embedded_fonts_and_the_chart() throws IOException {
        byte[] pdf = new PdfRenderer(new ReportTemplates(SampleDocuments.RESOURCES), SampleDocuments.FONTS).render(report);
        ReportPreviews.write("sample-document", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY TUYÊN QUANG", "BAN TUYÊN GIÁO VÀ DÂN VẬN",
                    "Số 12-BC/BTGDV", "Tuyên Quang, ngày 13 tháng 10 năm 2023", "MẬT", "BÁO CÁO",
                    "Tình hình dư luận xã hội tháng 10 năm 2023", "đồng tình", "bức xúc", "62,5%", "37,5%",
                    "Nơi nhận:", "Nguyễn Văn Đông", "Phát hành hạn chế");
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.api.Assertions.within(1f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.api.Assertions.within(1f));
            assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("LiberationSerif");
                assertThat(font.isEmbedded()).isTrue();
            });
            assertThat(ReportPreviews.images(document)).isEqualTo(1);
        }
    }

    @Test
    void xlsx_holds_the_table_with_numbers_as_numbers_and_withheld_cells_marked() throws IOException {
        byte[] xlsx = new XlsxWriter().write(report);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Thông tin");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("TỈNH ỦY TUYÊN QUANG");
            Sheet streams = workbook.getSheet("Luồng dư luận");
            assertThat(streams.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Số luồng (n)");
            assertThat(streams.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Giá cả, xăng dầu, điện");
            assertThat(streams.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(40);
            assertThat(streams.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(0.625);
            assertThat(streams.getRow(3).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(streams.getRow(4).getCell(2).getStringCellValue()).isEqualTo(Cell.SUPPRESSED);
        }
    }

    @Test
    void docx_has_the_same_head_body_and_closing() throws IOException {
        byte[] docx = new DocxWriter().write(report);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 12-BC/BTGDV",
                    "Tuyên Quang, ngày 13 tháng 10 năm 2023", "đồng tình", "bức xúc", "62,5%", "Nơi nhận:",
                    "Nguyễn Văn Đông");
            assertThat(document.getAllPictures()).hasSize(1);
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
        }
    }

    private static java.util.List<PDFont> fonts(PDDocument document) throws IOException {
        java.util.List<PDFont> fonts = new java.util.ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

}
