package vn.pulse.reporting;

import java.util.Arrays;
import java.util.Optional;

/** The files a questionnaire version's responses are exported as. */
public enum ExportFormat {
    /** One row per response, one column per variable; UTF-8 with a byte order mark. */
    CSV("csv", ".csv", "text/csv;charset=UTF-8", true),
    /** The same table as an Excel sheet. */
    XLSX("xlsx", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true),
    /** SPSS syntax reading the CSV, with variable and value labels. */
    SPSS("sps", ".sps", "text/plain;charset=UTF-8", false),
    /** Variables, types, labels (vi/en), options and relevance, as CSV. */
    CODEBOOK("codebook", "_codebook.csv", "text/csv;charset=UTF-8", false);

    private final String code;
    private final String suffix;
    private final String contentType;
    private final boolean data;

    ExportFormat(String code, String suffix, String contentType, boolean data) {
        this.code = code;
        this.suffix = suffix;
        this.contentType = contentType;
        this.data = data;
    }

    /** Stable code for the API: csv, xlsx, sps, codebook. */
    public String code() {
        return code;
    }

    /** What follows the base name in the file name. */
    public String suffix() {
        return suffix;
    }

    public String contentType() {
        return contentType;
    }

    /** Whether the file holds responses (not only their description). */
    public boolean data() {
        return data;
    }

    public String messageKey() {
        return "reporting.export.format." + code;
    }

    public static Optional<ExportFormat> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }
}
