package vn.pulse.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the export as one XLSX sheet with POI's streaming workbook: only a window of rows is
 * held in memory, the rest goes to a compressed temporary file, so the heap stays flat. Numeric
 * columns become number cells; the header row is frozen.
 */
public final class XlsxSink implements RowSink {

    /** The most data rows a sheet holds (1,048,576 rows less the header). */
    public static final long MAX_ROWS = 1_048_575;
    private static final int WINDOW = 200;

    private final OutputStream stream;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private boolean[] numeric;
    private int next;

    public XlsxSink(OutputStream stream, String sheetName) {
        this.stream = stream;
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(sheetName);
    }

    @Override
    public void header(ExportColumns columns) {
        numeric = new boolean[columns.size()];
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            numeric[i] = columns.columns().get(i).numeric();
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.columns().get(i).name());
            cell.setCellStyle(style);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(String[] values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            String value = values[i];
            if (value == null) {
                continue;
            }
            if (numeric[i]) {
                row.createCell(i).setCellValue(Double.parseDouble(value));
            } else {
                row.createCell(i).setCellValue(value);
            }
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            workbook.write(stream);
            stream.flush();
        } finally {
            workbook.close();
        }
    }
}
