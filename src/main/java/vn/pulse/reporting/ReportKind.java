package vn.pulse.reporting;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The documents Pulse writes. Each has a {@link ReportBuilder} that gathers its data into
 * sections and names its HTML template in reports/templates; adding a kind means adding a value
 * here, a builder and a template.
 */
public enum ReportKind {
    /** Báo cáo tình hình dư luận xã hội định kỳ: a month, quarter or year of an area. */
    OPINION_PERIODIC("opinion_periodic", Set.of(PeriodType.MONTH, PeriodType.QUARTER, PeriodType.YEAR), false),
    /** Báo cáo nhanh: one hot issue (topic) of an area over a recent window of days. */
    OPINION_QUICK("opinion_quick", Set.of(PeriodType.DAYS), true),
    /**
     * Báo cáo kết quả khảo sát: one questionnaire's results in an area over a wave (a month,
     * quarter, year or window of days), compared with an earlier wave when one is named.
     */
    SURVEY_RESULTS("survey_results", Set.of(PeriodType.MONTH, PeriodType.QUARTER, PeriodType.YEAR, PeriodType.DAYS),
            false);

    private final String code;
    private final Set<PeriodType> periodTypes;
    private final boolean needsTopic;

    ReportKind(String code, Set<PeriodType> periodTypes, boolean needsTopic) {
        this.code = code;
        this.periodTypes = periodTypes;
        this.needsTopic = needsTopic;
    }

    /** The kinds of period this report covers. */
    public Set<PeriodType> periodTypes() {
        return periodTypes;
    }

    /** Whether the report is about one topic, named in the request. */
    public boolean needsTopic() {
        return needsTopic;
    }

    /** Whether the report is about one questionnaire, named in the request. */
    public boolean needsQuestionnaire() {
        return this == SURVEY_RESULTS;
    }

    /** Stable code for the database and API clients. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return "reporting.kind." + code;
    }

    public static Optional<ReportKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
