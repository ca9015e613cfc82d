package vn.pulse.opinion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * An opinion report with its streams, as the reader may see it (the author may be hidden).
 *
 * @param firstSubmittedAt when it was first submitted: what timeliness measures
 * @param dueOn            the deadline in force at first submission (periodic reports)
 */
public record OpinionReport(long id, String uuid, ReportKind kind, YearMonth period, String title, String areaCode,
        String areaName, String areaPath, Author author, ReportStatus status, Instant createdAt, Instant updatedAt,
        Instant firstSubmittedAt, Instant submittedAt, LocalDate dueOn, Instant reviewedAt, String reviewComment,
        List<OpinionStream> streams) {

    public OpinionReport {
        streams = List.copyOf(streams);
    }
}
