/**
 * Fieldwork: where survey data enters Pulse. Other modules use {@link vn.pulse.fieldwork.SubmissionService}
 * (ingest a batch of {@link vn.pulse.fieldwork.Submission}s for a questionnaire, as the signed-in user or on
 * behalf of a collector), listen to {@link vn.pulse.fieldwork.ResponseStatusChanged} (published inside the
 * storing or reviewing transaction) and read {@link vn.pulse.fieldwork.FieldworkProperties}. The tables are
 * described in {@code db/migration/V20__responses.sql}; the REST API is {@code POST /api/v1/surveys/{id}/submissions}.
 */
package vn.pulse.fieldwork;
