package vn.pulse.statistics;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * How answers are grouped in time. Month and quarter labels ("2025-07", "2025-Q3") sort in time
 * order and are computed in the caller's time zone (Pulse: Asia/Ho_Chi_Minh); survey waves are
 * named by the survey and ordered by it.
 */
public enum PeriodKind {
    MONTH, QUARTER, WAVE;

    /** The label of the period holding {@code instant} in {@code zone} (not for waves). */
    public String label(Instant instant, ZoneId zone) {
        YearMonth month = YearMonth.from(instant.atZone(zone));
        return switch (this) {
            case MONTH -> month.toString();
            case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            case WAVE -> throw new IllegalStateException("Waves are named by the survey, not by the calendar");
        };
    }

    /** Every label from {@code first} to {@code last}, inclusive, gaps included (not for waves). */
    public List<String> between(String first, String last) {
        YearMonth from = start(first);
        YearMonth to = start(last);
        int step = this == QUARTER ? 3 : 1;
        List<String> labels = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(step)) {
            labels.add(this == QUARTER ? month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1) : month.toString());
        }
        return labels;
    }

    private YearMonth start(String label) {
        return switch (this) {
            case MONTH -> YearMonth.parse(label);
            case QUARTER -> YearMonth.of(Integer.parseInt(label.substring(0, 4)),
                    (Integer.parseInt(label.substring(6)) - 1) * 3 + 1);
            case WAVE -> throw new IllegalStateException("Waves are named by the survey, not by the calendar");
        };
    }
}
