package vn.pulse.opinion;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Aggregated opinion streams for the analytics module: topic × direction × ISO week × area.
 *
 * @param scopePath       the area subtree counted
 * @param from            first day counted (date of first submission, inclusive)
 * @param to              last day counted (inclusive)
 * @param countedStatuses which report statuses feed the counts (pulse.opinion.statistics-statuses)
 */
public record StreamCounts(String scopePath, LocalDate from, LocalDate to, Set<ReportStatus> countedStatuses,
        List<StreamCount> rows) {

    public StreamCounts {
        countedStatuses = Set.copyOf(countedStatuses);
        rows = List.copyOf(rows);
    }

    /** Whether reports nobody has reviewed yet are counted: outputs must say so. */
    public boolean includesUnreviewed() {
        return countedStatuses.contains(ReportStatus.SUBMITTED);
    }
}
