package vn.pulse.reporting.opinion;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.pulse.opinion.Breadth;
import vn.pulse.opinion.Direction;
import vn.pulse.opinion.HolderGroup;
import vn.pulse.opinion.Intensity;
import vn.pulse.opinion.Mood;
import vn.pulse.opinion.OpinionTopic;
import vn.pulse.opinion.ReportedStream;

/** What the opinion streams of one topic add up to over a period. */
final class TopicFigures {

    /** Intensity 4 (bức xúc) and above. */
    static final int VEHEMENT = Intensity.VEHEMENT.level();

    final OpinionTopic topic;
    final List<ReportedStream> streams;
    final Tally<Direction> directions = new Tally<>();
    final Tally<Breadth> breadths = new Tally<>();
    final Tally<HolderGroup> holders = new Tally<>();
    final Tally<String> places = new Tally<>();
    final Tally<Mood> moods = new Tally<>();
    /** Streams with a negative valence (true) and the others. */
    final Tally<Boolean> negative = new Tally<>();
    /** Streams rated bức xúc or more (true) and the others. */
    final Tally<Boolean> vehement = new Tally<>();
    /** Streams flagged as rumour (true) and the others. */
    final Tally<Boolean> rumour = new Tally<>();
    private final Set<Long> reports = new HashSet<>();
    private long rated;
    private long intensitySum;
    private long unreviewed;

    TopicFigures(OpinionTopic topic, List<ReportedStream> streams) {
        this.topic = topic;
        this.streams = List.copyOf(streams);
        for (ReportedStream s : streams) {
            reports.add(s.reportId());
            directions.add(s.direction(), s.reportId());
            breadths.add(s.breadth(), s.reportId());
            s.holderGroups().forEach(h -> holders.add(h, s.reportId()));
            s.moods().forEach(m -> moods.add(m, s.reportId()));
            places.add(place(s), s.reportId());
            negative.add(s.negative(), s.reportId());
            rumour.add(s.rumour(), s.reportId());
            if (s.intensity() != null) {
                rated++;
                intensitySum += s.intensity().level();
                vehement.add(s.intensity().level() >= VEHEMENT, s.reportId());
            }
            unreviewed += s.unreviewed() ? 1 : 0;
        }
    }

    long streamCount() {
        return streams.size();
    }

    long reportCount() {
        return reports.size();
    }

    /** Mean intensity on the 1–5 scale; NaN when no stream was rated. */
    double meanIntensity() {
        return rated == 0 ? Double.NaN : (double) intensitySum / rated;
    }

    long unreviewed() {
        return unreviewed;
    }

    /** What people say, most intense first: the summaries a report quotes. */
    List<String> summaries(int limit) {
        return streams.stream()
                .filter(s -> s.summary() != null && !s.summary().isBlank())
                .sorted(Comparator.comparingInt((ReportedStream s) -> s.intensity() == null ? 0 : s.intensity().level())
                        .reversed())
                .map(s -> s.summary().strip())
                .distinct()
                .limit(limit)
                .toList();
    }

    /** The place a stream was heard: the named area, else the words the collaborator wrote, else the report's area. */
    static String place(ReportedStream s) {
        if (s.placeAreaName() != null) {
            return s.placeAreaName();
        }
        if (s.placeText() != null && !s.placeText().isBlank()) {
            return s.placeText().strip();
        }
        return s.areaName();
    }
}
