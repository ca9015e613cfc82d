package vn.pulse.opinion;

import java.util.Set;

/** One opinion stream of a report as stored; in a draft any field but {@code position} may be empty. */
public record OpinionStream(int position, OpinionTopic topic, Direction direction, Valence valence,
        Intensity intensity, Breadth breadth, Set<HolderGroup> holderGroups, Set<Mood> moods, String placeAreaCode,
        String placeAreaName, String placeText, SourceType sourceType, boolean rumour, String summary,
        String proposals) {

    public OpinionStream {
        holderGroups = Set.copyOf(holderGroups);
        moods = Set.copyOf(moods);
    }
}
