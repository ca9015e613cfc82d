package vn.pulse.opinion;

import java.util.List;

/**
 * The answer to submitting a report.
 *
 * @param outcome      {@link Outcome#CREATED} the first time, {@link Outcome#RESUBMITTED} when a
 *                     returned report (or a draft) comes back, {@link Outcome#DUPLICATE} when the
 *                     uuid was already submitted (nothing changes), {@link Outcome#REJECTED} with errors
 * @param reportId     the report, or {@code null} when rejected before one existed
 * @param reportStatus where the report stands now
 */
public record SubmissionResult(String uuid, Outcome outcome, Long reportId, ReportStatus reportStatus,
        List<FieldError> errors) {

    public enum Outcome { CREATED, RESUBMITTED, DUPLICATE, REJECTED }

    public SubmissionResult {
        errors = List.copyOf(errors);
    }

    public boolean accepted() {
        return outcome != Outcome.REJECTED;
    }

    static SubmissionResult rejected(String uuid, Long reportId, ReportStatus status, List<FieldError> errors) {
        return new SubmissionResult(uuid, Outcome.REJECTED, reportId, status, errors);
    }
}
