package vn.pulse.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The secrecy mark of a document (độ mật). A marked document is listed and sent only to the
 * leaders of its area and the people on its distribution list (see {@link ReportService}).
 */
public enum Secrecy {
    NONE("none", null),
    CONFIDENTIAL("mat", "MẬT"),
    SECRET("toi_mat", "TỐI MẬT"),
    TOP_SECRET("tuyet_mat", "TUYỆT MẬT");

    private final String code;
    private final String mark;

    Secrecy(String code, String mark) {
        this.code = code;
        this.mark = mark;
    }

    public String code() {
        return code;
    }

    /** The stamp printed on the document, always in Vietnamese; null when unmarked. */
    public String mark() {
        return mark;
    }

    public boolean marked() {
        return this != NONE;
    }

    public String messageKey() {
        return "reporting.secrecy." + code;
    }

    public static Optional<Secrecy> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
