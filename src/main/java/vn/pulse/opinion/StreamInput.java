package vn.pulse.opinion;

import java.util.List;

/**
 * One opinion stream as a collaborator or an API client sends it: scale values as their stable
 * codes (see the {@link OpinionScale} enums), areas by code. Nothing is trusted; a draft may leave
 * fields empty, a submission may not.
 *
 * @param topic        code of an active topic (not a group)
 * @param intensity    1 (bình thường) … 5 (rất bức xúc)
 * @param holderGroups codes of {@link HolderGroup}, at least one
 * @param moods        codes of {@link Mood}, optional
 * @param placeArea    code of an area inside the author's scope, optional
 */
public record StreamInput(String topic, String direction, String valence, Integer intensity, String breadth,
        List<String> holderGroups, List<String> moods, String placeArea, String placeText, String sourceType,
        Boolean rumour, String summary, String proposals) {

    /** Longest summary or proposals, in characters. */
    public static final int MAX_TEXT = 4000;
    public static final int MAX_PLACE = 300;

    public static StreamInput empty() {
        return new StreamInput(null, null, null, null, null, List.of(), List.of(), null, null, null, false, null,
                null);
    }
}
