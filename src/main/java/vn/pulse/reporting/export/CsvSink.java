package vn.pulse.reporting.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV as spreadsheets and statistics packages read it: UTF-8 with a byte order mark (so
 * Excel shows Vietnamese right), comma separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break (RFC 4180). Empty fields are missing values.
 */
public final class CsvSink implements RowSink {

    private static final int BUFFER = 1 << 16;
    private final Writer out;

    public CsvSink(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER);
    }

    /** Writes a whole small table (the codebook) with the same rules. */
    public static void table(OutputStream stream, List<List<String>> rows) throws IOException {
        CsvSink sink = new CsvSink(stream);
        sink.bom();
        for (List<String> row : rows) {
            sink.line(row.toArray(String[]::new));
        }
        sink.finish();
    }

    private void bom() throws IOException {
        out.write('\uFEFF');
    }

    @Override
    public void header(ExportColumns columns) throws IOException {
        bom();
        line(columns.columns().stream().map(ExportColumns.Column::name).toArray(String[]::new));
    }

    @Override
    public void row(String[] values) throws IOException {
        line(values);
    }

    private void line(String[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String value = values[i];
            if (value != null) {
                field(value);
            }
        }
        out.write("\r\n");
    }

    private void field(String value) throws IOException {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
