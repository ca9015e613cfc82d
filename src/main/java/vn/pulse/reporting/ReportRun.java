package vn.pulse.reporting;

import java.time.Instant;

/**
 * One generation of a report, as its progress bar and the API show it.
 *
 * @param progress   0–100
 * @param stage      i18n key of the step under way (reporting.stage.*)
 * @param documentId the archived document once done
 * @param errorCode  stable code of the failure (e.g. too_many_streams), once failed
 * @param errorKey   i18n key of the failure's message, with {@code errorArgs}
 */
public record ReportRun(long id, ReportKind kind, String areaCode, String periodCode, String requestedBy,
        Long scheduleId, RunStatus status, int progress, String stage, Long documentId, String errorCode,
        String errorKey, Object[] errorArgs, Instant createdAt, Instant finishedAt) {

    public ReportRun {
        errorArgs = errorArgs == null ? new Object[0] : errorArgs.clone();
    }

    @Override
    public Object[] errorArgs() {
        return errorArgs.clone();
    }
}
