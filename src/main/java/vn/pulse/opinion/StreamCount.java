package vn.pulse.opinion;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * Opinion streams of one topic and direction, reported in one ISO week from one area.
 *
 * @param weekStart  the Monday of the ISO week (dates in pulse.time-zone, Asia/Ho_Chi_Minh)
 * @param streams    streams counted
 * @param negative   of which with a negative valence (tiêu cực)
 * @param unreviewed of which from reports submitted but not yet reviewed (flag these in outputs)
 * @param reports    distinct reports they come from: the base for suppressing small cells
 */
public record StreamCount(OpinionTopic topic, Direction direction, LocalDate weekStart, String areaCode,
        String areaName, String areaPath, long streams, long negative, long unreviewed, long reports) {

    /** The ISO week as people write it, e.g. {@code 2026-W43}. */
    public String isoWeek() {
        return "%d-W%02d".formatted(weekStart.get(IsoFields.WEEK_BASED_YEAR),
                weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Share of the streams with a negative valence, 0..1. */
    public double negativeShare() {
        return streams == 0 ? 0 : (double) negative / streams;
    }
}
