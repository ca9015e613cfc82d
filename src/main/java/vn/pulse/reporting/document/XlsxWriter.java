package vn.pulse.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.pulse.base.i18n.Messages;

/**
 * A report's tables as an XLSX workbook: a first sheet "Thông tin" with the document's head and
 * the facts behind it, then one sheet per table with the same rows as the PDF. Numbers are
 * stored as numbers (shares as fractions formatted 0.0%), so they can be computed with;
 * withheld cells hold the same mark as the PDF.
 */
public final class XlsxWriter {

    static final String ABOUT_SHEET = "Thông tin";
    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 2;

    public byte[] write(ReportDocument document) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            about(workbook.createSheet(ABOUT_SHEET), document, styles);
            Set<String> names = new HashSet<>(Set.of(ABOUT_SHEET));
            for (ReportTable table : document.tables()) {
                table(workbook.createSheet(unique(table.sheet(), names)), table, styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void about(Sheet sheet, ReportDocument document, Styles styles) {
        DocumentHeading h = document.heading();
        List<String> lines = List.of(h.parentBody(), h.issuingBody(), h.number(), h.placeAndDate(),
                document.body().documentType() + ": " + document.body().summary());
        int r = 0;
        for (String line : lines) {
            text(sheet.createRow(r++), 0, line, r == 1 ? styles.title : null);
        }
        if (h.secrecyMark() != null) {
            text(sheet.createRow(r++), 0, h.secrecyMark(), styles.bold);
        }
        r++;
        for (List<String> fact : document.body().about()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < fact.size(); c++) {
                text(row, c, fact.get(c), c == 0 ? styles.bold : styles.wrap);
            }
        }
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 90 * 256);
    }

    private static void table(Sheet sheet, ReportTable table, Styles styles) {
        text(sheet.createRow(TITLE_ROW), 0, table.title(), styles.title);
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < table.columns().size(); c++) {
            text(header, c, table.columns().get(c), styles.header);
        }
        int r = HEADER_ROW + 1;
        for (List<Cell> cells : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.size(); c++) {
                cell(row, c, cells.get(c), styles);
            }
        }
        if (table.note() != null) {
            text(sheet.createRow(r + 1), 0, table.note(), styles.note);
        }
        for (int c = 0; c < table.columns().size(); c++) {
            sheet.setColumnWidth(c, (c == 0 ? 36 : 16) * 256);
        }
        sheet.createFreezePane(1, HEADER_ROW + 1);
    }

    private static void cell(Row row, int column, Cell cell, Styles styles) {
        if (!cell.numeric()) {
            text(row, column, cell.display(Messages.VIETNAMESE), cell.suppressed() ? styles.right : styles.wrap);
            return;
        }
        org.apache.poi.ss.usermodel.Cell target = row.createCell(column);
        target.setCellValue(cell.value());
        target.setCellStyle(switch (cell.format()) {
            case PERCENT -> styles.percent;
            case DECIMAL -> styles.decimal;
            case MEAN -> styles.mean;
            default -> styles.integer;
        });
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Sheet names are at most 31 characters, unique, without []:*?/\ . */
    private static String unique(String name, Set<String> taken) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        String candidate = safe;
        for (int i = 2; !taken.add(candidate); i++) {
            String suffix = " (" + i + ")";
            candidate = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }

    /** The few styles a workbook needs, made once (Excel limits their number). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle bold;
        final CellStyle wrap;
        final CellStyle note;
        final CellStyle right;
        final CellStyle integer;
        final CellStyle percent;
        final CellStyle decimal;
        final CellStyle mean;

        Styles(Workbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font italicFont = workbook.createFont();
            italicFont.setItalic(true);
            title = workbook.createCellStyle();
            title.setFont(boldFont);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            bold.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            note = workbook.createCellStyle();
            note.setFont(italicFont);
            right = workbook.createCellStyle();
            right.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            var formats = workbook.createDataFormat();
            integer = workbook.createCellStyle();
            integer.setDataFormat(formats.getFormat("#,##0"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(formats.getFormat("0.0%"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(formats.getFormat("0.0"));
            mean = workbook.createCellStyle();
            mean.setDataFormat(formats.getFormat("0.00"));
        }
    }
}
