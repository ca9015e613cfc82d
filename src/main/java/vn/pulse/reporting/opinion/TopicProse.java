package vn.pulse.reporting.opinion;

import static vn.pulse.reporting.opinion.Words.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.pulse.opinion.Direction;
import vn.pulse.reporting.document.Cell;

/**
 * A topic's streams in words, as a report's paragraph on one opinion stream reads: how many,
 * which way, how widely and strongly, held by whom and where, in what mood. Every number obeys
 * the small-cell rule; groups and places resting on fewer than k reports are not named.
 */
final class TopicProse {

    /** Names listed for holders, places and moods. */
    private static final int LISTED = 4;

    private TopicProse() {
    }

    static String describe(TopicFigures f, Disclosure disclosure) {
        List<String> sentences = new ArrayList<>();
        sentences.add(text("reporting.doc.topic.counts", Words.count(f.streamCount()), Words.count(f.reportCount())));
        sentences.add(text("reporting.doc.topic.directions", Words.count(f.streamCount()), directions(f, disclosure)));
        Cell negative = disclosure.shares(f.negative, List.of(true, false), f.streamCount()).get(true);
        if (!negative.suppressed()) {
            sentences.add(text("reporting.doc.topic.negative", negative.display(Words.LOCALE)));
        }
        if (!f.breadths.byStreams().isEmpty()) {
            sentences.add(text("reporting.doc.topic.breadth", Words.lower(f.breadths.byStreams().getFirst())));
        }
        if (!Double.isNaN(f.meanIntensity())) {
            String vehement = disclosure.shows(f.vehement.reports(true)) && f.vehement.streams(true) > 0
                    ? text("reporting.doc.topic.vehement", Words.count(f.vehement.streams(true))) : "";
            sentences.add(text("reporting.doc.topic.intensity", Words.decimal(f.meanIntensity(), 1), vehement));
        }
        addListed(sentences, "reporting.doc.topic.holders", f.holders, Words::lower, disclosure);
        addListed(sentences, "reporting.doc.topic.places", f.places, Function.identity(), disclosure);
        addListed(sentences, "reporting.doc.topic.moods", f.moods, Words::lower, disclosure);
        if (f.rumour.streams(true) > 0 && disclosure.shows(f.rumour.reports(true))) {
            sentences.add(text("reporting.doc.topic.rumours", Words.count(f.rumour.streams(true))));
        }
        return String.join(" ", sentences);
    }

    /** "tán thành, đồng tình 62,5%; phản đối 25,0%; …", withheld shares written "–". */
    static String directions(TopicFigures f, Disclosure disclosure) {
        Map<Direction, Cell> shares = disclosure.shares(f.directions, List.of(Direction.values()), f.streamCount());
        List<String> parts = new ArrayList<>();
        shares.forEach((direction, share) -> parts.add(Words.lower(direction) + " " + share.display(Words.LOCALE)));
        return String.join("; ", parts);
    }

    private static <K> void addListed(List<String> sentences, String key, Tally<K> tally, Function<K, String> name,
            Disclosure disclosure) {
        List<String> listed = tally.byStreams().stream()
                .filter(k -> disclosure.shows(tally.reports(k)))
                .limit(LISTED)
                .map(k -> name.apply(k) + " (" + Words.count(tally.streams(k)) + ")")
                .toList();
        if (!listed.isEmpty()) {
            sentences.add(text(key, String.join(", ", listed)));
        }
    }
}
