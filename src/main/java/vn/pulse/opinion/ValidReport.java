package vn.pulse.opinion;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import vn.pulse.area.Area;

/**
 * A report whose every given value has been checked: known codes, areas inside the author's
 * scope, texts within their lengths. A draft's values may still be missing ({@code null}).
 */
record ValidReport(String uuid, ReportKind kind, YearMonth period, String title, Area area,
        List<Stream> streams) {

    record Stream(OpinionTopic topic, Direction direction, Valence valence, Intensity intensity, Breadth breadth,
            Set<HolderGroup> holderGroups, Set<Mood> moods, Area place, String placeText, SourceType sourceType,
            boolean rumour, String summary, String proposals) {
    }
}
