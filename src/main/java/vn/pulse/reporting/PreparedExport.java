package vn.pulse.reporting;

import vn.pulse.reporting.export.ExportColumns;
import vn.pulse.reporting.export.ExportFilter;

/**
 * An export request checked and resolved, not yet written: what the reply's headers need
 * (file name, content type) before the first byte goes out.
 *
 * @param responses how many responses it will hold (as counted now)
 */
public record PreparedExport(ExportFormat format, String fileName, ExportColumns columns, ExportFilter filter,
        long responses) {

    public String contentType() {
        return format.contentType();
    }
}
