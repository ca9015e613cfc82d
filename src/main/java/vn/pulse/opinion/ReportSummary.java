package vn.pulse.opinion;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A line of a list of reports.
 *
 * @param reviewable whether the reader may approve, return or reject it now
 */
public record ReportSummary(long id, String uuid, ReportKind kind, YearMonth period, String title, String areaCode,
        String areaName, Author author, ReportStatus status, int streams, Instant updatedAt, Instant submittedAt,
        String reviewComment, boolean reviewable) {
}
