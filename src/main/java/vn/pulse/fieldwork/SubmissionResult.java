package vn.pulse.fieldwork;

import java.util.List;

/**
 * What became of one submission.
 *
 * @param uuid           the submission's uuid as sent (normalised to lower case; null if it had none)
 * @param outcome        created, duplicate (the uuid was already stored: nothing was written) or rejected
 * @param responseId     the stored response (created or duplicate), else null
 * @param responseStatus that response's status now (for a duplicate: the first one's), else null
 * @param errors         why it was rejected; empty otherwise
 */
public record SubmissionResult(String uuid, Outcome outcome, Long responseId, ResponseStatus responseStatus,
        List<SubmissionError> errors) {

    public enum Outcome {
        CREATED, DUPLICATE, REJECTED
    }

    public SubmissionResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    static SubmissionResult created(String uuid, long responseId) {
        return new SubmissionResult(uuid, Outcome.CREATED, responseId, ResponseStatus.SUBMITTED, List.of());
    }

    static SubmissionResult duplicate(String uuid, long responseId, ResponseStatus status) {
        return new SubmissionResult(uuid, Outcome.DUPLICATE, responseId, status, List.of());
    }

    public static SubmissionResult rejected(String uuid, List<SubmissionError> errors) {
        return new SubmissionResult(uuid, Outcome.REJECTED, null, null, errors);
    }

    public boolean isCreated() {
        return outcome == Outcome.CREATED;
    }

    public boolean isRejected() {
        return outcome == Outcome.REJECTED;
    }
}
