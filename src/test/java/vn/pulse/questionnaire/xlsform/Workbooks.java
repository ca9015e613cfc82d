package vn.pulse.questionnaire.xlsform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes XLSForm workbooks for tests with POI, sheet by sheet, row by row, as field teams write them. */
final class Workbooks {

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

    static Workbooks xlsform() {
        return new Workbooks();
    }

    /** A sheet: the first row is the header; {@code null} leaves a cell empty; numbers stay numeric cells. */
    Workbooks sheet(String name, List<List<Object>> rows) {
        sheets.put(name, rows);
        return this;
    }

    static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Object value = cells.get(c);
                        if (value instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream stream() {
        return new ByteArrayInputStream(bytes());
    }
}
