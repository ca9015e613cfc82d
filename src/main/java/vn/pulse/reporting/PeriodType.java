package vn.pulse.reporting;

import java.util.Arrays;
import java.util.Optional;

/** How long a report's period is: a calendar month, quarter or year, or a window of days. */
public enum PeriodType {
    MONTH("month"),
    QUARTER("quarter"),
    YEAR("year"),
    DAYS("days");

    private final String code;

    PeriodType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "reporting.periodType." + code;
    }

    public static Optional<PeriodType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
