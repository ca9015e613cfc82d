package vn.pulse.statistics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * How answers are grouped in time. Day, ISO week, month and quarter labels ("2025-07-14",
 * "2025-W29", "2025-07", "2025-Q3") sort in time order and are computed in the caller's time zone
 * (Pulse: Asia/Ho_Chi_Minh); survey waves are named by the survey and ordered by it.
 */
public enum PeriodKind {
    DAY, WEEK, MONTH, QUARTER, WAVE;

    /** The label of the period holding {@code instant} in {@code zone} (not for waves). */
    public String label(Instant instant, ZoneId zone) {
        return label(instant.atZone(zone).toLocalDate());
    }

    /** The label of the period holding {@code day} (not for waves). */
    public String label(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return switch (this) {
            case DAY -> day.toString();
            case WEEK -> String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> month.toString();
            case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            case WAVE -> throw new IllegalStateException("Waves are named by the survey, not by the calendar");
        };
    }

    /** Whether periods of this kind are finer than a month (they cut across months). */
    public boolean finerThanMonth() {
        return this == DAY || this == WEEK;
    }

    /** Every label from {@code first} to {@code last}, inclusive, gaps included (not for waves). */
    public List<String> between(String first, String last) {
        LocalDate to = start(last);
        List<String> labels = new ArrayList<>();
        for (LocalDate day = start(first); !day.isAfter(to); day = next(day)) {
            labels.add(label(day));
        }
        return labels;
    }

    private LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case WAVE -> throw new IllegalStateException("Waves are named by the survey, not by the calendar");
        };
    }

    /** The first day of the period labelled {@code label}. */
    public LocalDate start(String label) {
        return switch (this) {
            case DAY -> LocalDate.parse(label);
            case WEEK -> LocalDate.of(Integer.parseInt(label.substring(0, 4)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(label.substring(6))).with(DayOfWeek.MONDAY);
            case MONTH -> YearMonth.parse(label).atDay(1);
            case QUARTER -> YearMonth.of(Integer.parseInt(label.substring(0, 4)),
                    (Integer.parseInt(label.substring(6)) - 1) * 3 + 1).atDay(1);
            case WAVE -> throw new IllegalStateException("Waves are named by the survey, not by the calendar");
        };
    }
}
