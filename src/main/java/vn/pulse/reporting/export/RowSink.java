package vn.pulse.reporting.export;

import java.io.IOException;

/** Where the rows of a data export go, one response at a time (CSV, XLSX). */
public interface RowSink {

    void header(ExportColumns columns) throws IOException;

    /** One response: a value per column, null where there is none. The array is reused afterwards. */
    void row(String[] values) throws IOException;

    /** Writes what is left; the stream stays open for its owner to close. */
    void finish() throws IOException;
}
