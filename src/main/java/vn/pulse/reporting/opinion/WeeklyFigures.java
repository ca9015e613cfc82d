package vn.pulse.reporting.opinion;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.pulse.opinion.ReportedStream;
import vn.pulse.statistics.WeeklyOpinionCount;

/**
 * Streams week by week (Monday to Sunday, by the local date of first submission): per topic for
 * the trend charts, and per topic and valence for the early warning.
 */
final class WeeklyFigures {

    /** The early warning follows negative streams and the others separately. */
    static final String NEGATIVE = "tieu_cuc";
    static final String OTHER = "khac";

    /** One topic's streams in one week; {@code reports} counts distinct reports. */
    record Week(LocalDate monday, long streams, long negative, long reports) {
        double negativeShare() {
            return streams == 0 ? Double.NaN : (double) negative / streams;
        }
    }

    private final LocalDate first;
    private final LocalDate last;
    /** topic code → Monday → streams by valence class. */
    private final Map<String, Map<LocalDate, Tally<String>>> byTopic = new HashMap<>();

    /** The streams between the Mondays {@code first} and {@code last}'s week, both included. */
    WeeklyFigures(List<ReportedStream> streams, LocalDate first, LocalDate last) {
        this.first = monday(first);
        this.last = monday(last);
        for (ReportedStream s : streams) {
            LocalDate week = monday(s.submittedOn());
            if (s.topic() != null && !week.isBefore(this.first) && !week.isAfter(this.last)) {
                byTopic.computeIfAbsent(s.topic().code(), t -> new HashMap<>())
                        .computeIfAbsent(week, w -> new Tally<>())
                        .add(s.negative() ? NEGATIVE : OTHER, s.reportId());
            }
        }
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    List<LocalDate> mondays() {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
            weeks.add(week);
        }
        return weeks;
    }

    /** Every week of the window for one topic, weeks without streams included. */
    List<Week> of(String topic) {
        Map<LocalDate, Tally<String>> weeks = byTopic.getOrDefault(topic, Map.of());
        return mondays().stream().map(monday -> {
            Tally<String> tally = weeks.get(monday);
            return tally == null ? new Week(monday, 0, 0, 0)
                    : new Week(monday, tally.totalStreams(), tally.streams(NEGATIVE), tally.distinctReports());
        }).toList();
    }

    /** Distinct reports behind one topic's negative (or other) streams in one week. */
    long reports(String topic, String valenceClass, LocalDate monday) {
        Tally<String> tally = byTopic.getOrDefault(topic, Map.of()).get(monday);
        return tally == null ? 0 : tally.reports(valenceClass);
    }

    /** The counts the statistics module's early warning reads. */
    List<WeeklyOpinionCount> counts() {
        List<WeeklyOpinionCount> counts = new ArrayList<>();
        byTopic.forEach((topic, weeks) -> weeks.forEach((monday, tally) -> {
            counts.add(new WeeklyOpinionCount(topic, NEGATIVE, true, monday, tally.streams(NEGATIVE)));
            counts.add(new WeeklyOpinionCount(topic, OTHER, false, monday, tally.streams(OTHER)));
        }));
        return counts;
    }
}
