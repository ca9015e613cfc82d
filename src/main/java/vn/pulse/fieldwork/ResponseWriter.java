package vn.pulse.fieldwork;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pulse.audit.AuditEvent;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.security.CurrentUser;

/**
 * Writes checked submissions: the whole batch in one transaction when nothing collides (the fast
 * path), otherwise each response in its own, so that a uuid or form number taken concurrently by
 * another request turns into "duplicate" or "rejected" for that item alone. Every transaction
 * publishes {@link ResponseStatusChanged} for what it stores and writes its audit line.
 */
@Component
class ResponseWriter {

    private static final Logger log = LoggerFactory.getLogger(ResponseWriter.class);
    private static final int ATTEMPTS = 3;

    private final ResponseRepository responses;
    private final SurveyVariables variables;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    ResponseWriter(ResponseRepository responses, SurveyVariables variables, ApplicationEventPublisher events,
            AuditTrail audit, PlatformTransactionManager transactions) {
        this.responses = responses;
        this.variables = variables;
        this.events = events;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        // a batch commits on its own, even when the caller (a generator) runs in a transaction
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Results by uuid: created, or (after a collision) duplicate or rejected. */
    Map<String, SubmissionResult> write(long questionnaireId, List<Accepted> accepted, SubmissionChecks.Intake intake,
            Instant receivedAt) {
        Map<String, SubmissionResult> results = new HashMap<>();
        if (accepted.isEmpty()) {
            return results;
        }
        Map<Integer, Map<String, Long>> variableIds = new HashMap<>();
        Map<Integer, Long> versionIds = new HashMap<>();
        for (Accepted a : accepted) {
            versionIds.computeIfAbsent(a.form().version(), v -> {
                SurveyVariables.Resolved resolved = variables.of(a.form());
                variableIds.put(v, resolved.variables());
                return resolved.versionId();
            });
        }
        try {
            store(questionnaireId, accepted, intake, receivedAt, variableIds, versionIds)
                    .forEach((uuid, id) -> results.put(uuid, SubmissionResult.created(uuid, id)));
            return results;
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
            log.debug("Batch collided, storing one by one: {}", e.getMessage());
        }
        for (Accepted a : accepted) {
            results.put(a.uuid(), writeOne(questionnaireId, a, intake, receivedAt, variableIds, versionIds));
        }
        return results;
    }

    private SubmissionResult writeOne(long questionnaireId, Accepted a, SubmissionChecks.Intake intake,
            Instant receivedAt, Map<Integer, Map<String, Long>> variableIds, Map<Integer, Long> versionIds) {
        for (int attempt = 1; ; attempt++) {
            try {
                long id = store(questionnaireId, List.of(a), intake, receivedAt, variableIds, versionIds).get(a.uuid());
                return SubmissionResult.created(a.uuid(), id);
            } catch (DataIntegrityViolationException e) {
                var stored = responses.findByUuid(a.uuid()).orElse(null);
                if (stored != null) {
                    return stored.questionnaireId() == questionnaireId
                            && intake.enteredByScope().covers(stored.areaPath())
                            ? SubmissionResult.duplicate(a.uuid(), stored.id(), stored.status())
                            : SubmissionResult.rejected(a.uuid(), List.of(SubmissionError.whole("uuid_taken")));
                }
                if (a.formNumber() != null
                        && !responses.takenFormNumbers(questionnaireId, List.of(a.formNumber())).isEmpty()) {
                    return SubmissionService.formNumberTaken(a.uuid(), a.formNumber());
                }
                log.warn("Response {} could not be stored", a.uuid(), e);
                return SubmissionResult.rejected(a.uuid(), List.of(SubmissionError.whole("not_stored")));
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Map<String, Long> store(long questionnaireId, List<Accepted> batch, SubmissionChecks.Intake intake,
            Instant receivedAt, Map<Integer, Map<String, Long>> variableIds, Map<Integer, Long> versionIds) {
        return transaction.execute(status -> {
            Map<String, Long> ids = responses.insert(batch, variableIds, versionIds, receivedAt);
            for (Accepted a : batch) {
                events.publishEvent(new ResponseStatusChanged(ids.get(a.uuid()), questionnaireId, null,
                        ResponseStatus.SUBMITTED));
            }
            audit.record("response.submitted", "questionnaire", questionnaireId, commonPath(batch),
                    describe(batch, ids, intake));
            return ids;
        });
    }

    /** One audit line for the rejected items of a batch (it survives, whatever else happens). */
    void auditRejected(long questionnaireId, List<SubmissionResult> results) {
        List<SubmissionResult> rejected = results.stream().filter(SubmissionResult::isRejected).toList();
        if (rejected.isEmpty()) {
            return;
        }
        String details = rejected.size() + " of " + results.size() + " rejected: " + rejected.stream().limit(50)
                .map(r -> r.uuid() + " " + r.errors().stream()
                        .map(e -> e.question() == null ? e.code() : e.question() + ":" + e.code())
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("; "));
        audit.recordRefusal(CurrentUser.actorName(), "response.rejected", AuditEvent.Outcome.FAILURE,
                "questionnaire", questionnaireId, details);
    }

    private static String describe(List<Accepted> batch, Map<String, Long> ids, SubmissionChecks.Intake intake) {
        long min = ids.values().stream().mapToLong(Long::longValue).min().orElse(0);
        long max = ids.values().stream().mapToLong(Long::longValue).max().orElse(0);
        String range = batch.size() == 1 ? "response " + min : batch.size() + " responses, ids " + min + ".." + max;
        return range + ", channel " + intake.channel() + ", collector " + intake.collectorId()
                + (intake.enteredBy() != intake.collectorId() ? ", entered by " + intake.enteredBy() : "")
                + (batch.size() == 1 && batch.getFirst().formNumber() != null
                        ? ", form number " + batch.getFirst().formNumber() : "");
    }

    /** The deepest area path containing every response of the batch (for the audit trail's scoping). */
    static String commonPath(List<Accepted> batch) {
        String common = batch.getFirst().area().path();
        for (Accepted a : batch) {
            String path = a.area().path();
            while (!path.startsWith(common)) {
                common = common.substring(0, common.lastIndexOf('/', common.length() - 2) + 1);
            }
        }
        return common;
    }
}
