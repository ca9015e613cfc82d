package vn.pulse.opinion;

import java.time.LocalDate;
import java.util.Set;

/**
 * One opinion stream of a submitted report as trend reports quote it: what was reported, where
 * and when, never by whom (authors, single-line or not, stay out).
 *
 * @param reportId     the report it belongs to: the base for counting distinct reports
 * @param submittedOn  local date of the report's first submission (pulse.time-zone)
 * @param unreviewed   whether the report is submitted but nobody has reviewed it yet
 * @param areaCode     the report's area
 * @param placeAreaCode the area the stream was picked up in, if the collaborator named one
 */
public record ReportedStream(long reportId, ReportKind kind, LocalDate submittedOn, boolean unreviewed,
        String areaCode, String areaName, String areaPath, OpinionTopic topic, Direction direction, Valence valence,
        Intensity intensity, Breadth breadth, Set<HolderGroup> holderGroups, Set<Mood> moods, String placeAreaCode,
        String placeAreaName, String placeText, SourceType sourceType, boolean rumour, String summary,
        String proposals) {

    public ReportedStream {
        holderGroups = Set.copyOf(holderGroups);
        moods = Set.copyOf(moods);
    }

    public boolean negative() {
        return valence == Valence.NEGATIVE;
    }
}
