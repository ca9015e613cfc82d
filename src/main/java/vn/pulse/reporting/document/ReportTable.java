package vn.pulse.reporting.document;

import java.util.List;

/**
 * A table of a report: the same rows appear in the PDF, the DOCX and as a sheet of the XLSX.
 *
 * @param sheet   the name of its XLSX sheet (at most 31 characters)
 * @param title   the caption above it
 * @param columns column headings
 * @param rows    rows of cells, as many as there are columns
 * @param note    what a reader must know to read it right (base, suppression, method); may be null
 */
public record ReportTable(String sheet, String title, List<String> columns, List<List<Cell>> rows, String note)
        implements Block {

    public ReportTable {
        if (sheet == null || sheet.isBlank() || sheet.length() > 31) {
            throw new IllegalArgumentException("an XLSX sheet name has 1 to 31 characters: " + sheet);
        }
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells under " + columns.size() + " columns");
            }
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
