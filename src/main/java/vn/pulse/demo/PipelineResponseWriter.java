package vn.pulse.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pulse.fieldwork.Channel;
import vn.pulse.fieldwork.Submission;
import vn.pulse.fieldwork.SubmissionResult;
import vn.pulse.fieldwork.SubmissionService;

/**
 * Responses through the fieldwork submission pipeline, as if each surveyor had sent them from the
 * form: re-validated, stored with their stratum and PSU, events published (so the rollups follow),
 * audited. The pipeline takes one collector per call, so a batch is split by surveyor into calls of
 * at most {@link SubmissionService#MAX_BATCH}. Callers run it as the system user.
 */
final class PipelineResponseWriter implements ResponseSink {

    private static final Logger log = LoggerFactory.getLogger(PipelineResponseWriter.class);

    private final SubmissionService submissions;
    private final long questionnaireId;
    private final int version;

    PipelineResponseWriter(SubmissionService submissions, long questionnaireId, int version) {
        this.submissions = submissions;
        this.questionnaireId = questionnaireId;
        this.version = version;
    }

    @Override
    public int write(List<GeneratedResponse> batch) {
        Map<Long, List<Submission>> byCollector = new LinkedHashMap<>();
        for (GeneratedResponse r : batch) {
            byCollector.computeIfAbsent(r.collector().id(), id -> new ArrayList<>()).add(Submission.of(r.uuid(),
                    version, r.site().code(), r.startedAt(), r.completedAt(), r.answers()));
        }
        int created = 0;
        for (Map.Entry<Long, List<Submission>> e : byCollector.entrySet()) {
            List<Submission> all = e.getValue();
            for (int from = 0; from < all.size(); from += SubmissionService.MAX_BATCH) {
                List<Submission> chunk = all.subList(from, Math.min(all.size(), from + SubmissionService.MAX_BATCH));
                for (SubmissionResult result : submissions.submitFor(questionnaireId, e.getKey(), Channel.FORM, chunk)) {
                    created += result.isCreated() ? 1 : 0;
                    if (result.isRejected()) {
                        log.warn("Demo response {} rejected: {}", result.uuid(), result.errors());
                    }
                }
            }
        }
        return created;
    }
}
