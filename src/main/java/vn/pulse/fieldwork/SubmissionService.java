package vn.pulse.fieldwork;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.pulse.account.AccountService;
import vn.pulse.account.UserAccount;
import vn.pulse.area.Area;
import vn.pulse.area.AreaService;
import vn.pulse.base.DomainException;
import vn.pulse.base.PulseProperties;
import vn.pulse.base.security.AreaScope;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.PulseUser;
import vn.pulse.base.security.Role;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.QuestionnaireService;

/**
 * The submission pipeline: every completed interview enters Pulse here, from the form, the
 * submissions API, paper entry or a data generator. Each submission is re-validated against its
 * version, and each stored response is written with all its answers in one transaction;
 * resubmitting a uuid never makes a second response (the reply is "duplicate" with the first
 * one's status). In a batch, a rejected item never blocks the others.
 */
@Service
public class SubmissionService {

    /** Largest batch one call (and one API request) takes. */
    public static final int MAX_BATCH = 1_000;

    private final QuestionnaireService questionnaires;
    private final AreaService areas;
    private final AccountService accounts;
    private final ResponseRepository responses;
    private final ResponseWriter writer;
    private final AssignmentRepository assignments;
    private final Clock clock;
    private final PulseProperties pulse;

    SubmissionService(QuestionnaireService questionnaires, AreaService areas, AccountService accounts,
            ResponseRepository responses, ResponseWriter writer, AssignmentRepository assignments, Clock clock,
            PulseProperties pulse) {
        this.assignments = assignments;
        this.questionnaires = questionnaires;
        this.areas = areas;
        this.accounts = accounts;
        this.responses = responses;
        this.writer = writer;
        this.clock = clock;
        this.pulse = pulse;
    }

    /**
     * Stores submissions the signed-in user collected, through the API channel. Results come in
     * the order of the batch.
     */
    @RolesAllowed({Role.SURVEYOR_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public List<SubmissionResult> submit(long questionnaireId, List<Submission> batch) {
        return submit(questionnaireId, batch, Channel.API);
    }

    /** As {@link #submit(long, List)}, naming the channel: {@link Channel#FORM} or {@link Channel#API}. */
    @RolesAllowed({Role.SURVEYOR_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public List<SubmissionResult> submit(long questionnaireId, List<Submission> batch, Channel channel) {
        if (channel == Channel.PAPER) {
            throw DomainException.invalid("paper_needs_collector", "fieldwork.error.paperNeedsCollector");
        }
        PulseUser me = CurrentUser.require();
        if (me.id() <= 0) {
            throw DomainException.invalid("collector_required", "fieldwork.error.collectorRequired");
        }
        var intake = new SubmissionChecks.Intake(me.id(), me.scope(), me.id(), me.scope(), channel);
        return ingest(questionnaireId, batch, intake);
    }

    /**
     * Stores submissions on behalf of a collector of the caller's area: paper questionnaires typed
     * in by a supervisor ({@link Channel#PAPER}, form numbers required and unique per
     * questionnaire), or data made by a generator running as the system user. entered_by is the
     * caller (the collector when the system user calls).
     */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public List<SubmissionResult> submitFor(long questionnaireId, long collectorId, Channel channel,
            List<Submission> batch) {
        PulseUser me = CurrentUser.require();
        UserAccount collector = accounts.find(collectorId).filter(u -> u.role() != Role.LEADER)
                .orElseThrow(() -> DomainException.notFound("collector_not_found", "fieldwork.error.collectorNotFound",
                        collectorId));
        AreaScope collectorScope = collector.areaCode() == null ? AreaScope.NATIONAL
                : new AreaScope(areas.findForScope(collector.areaCode()).orElseThrow().path());
        long enteredBy = me.id() > 0 ? me.id() : collector.id();
        var intake = new SubmissionChecks.Intake(collector.id(), collectorScope, enteredBy, me.scope(),
                channel == null ? Channel.API : channel);
        return ingest(questionnaireId, batch, intake);
    }

    private List<SubmissionResult> ingest(long questionnaireId, List<Submission> batch,
            SubmissionChecks.Intake intake) {
        if (batch == null || batch.isEmpty()) {
            return List.of();
        }
        if (batch.size() > MAX_BATCH) {
            throw DomainException.invalid("batch_too_large", "fieldwork.error.batchTooLarge", MAX_BATCH);
        }
        // throws questionnaire_not_found when the caller may not see it: the whole request fails
        questionnaires.isArchived(questionnaireId);
        Instant now = Instant.now(clock);
        SubmissionResult[] results = new SubmissionResult[batch.size()];
        Map<String, ResponseRepository.Existing> existing = responses.findByUuids(batch.stream()
                .map(s -> SubmissionChecks.normaliseUuid(s.uuid())).filter(u -> u != null
                        && SubmissionChecks.UUID.matcher(u).matches()).distinct().toList());
        Lookups lookups = new Lookups(questionnaireId);
        Map<String, Integer> firstOfUuid = new HashMap<>();
        Map<String, Integer> firstOfFormNumber = new HashMap<>();
        Map<Integer, Accepted> accepted = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Submission s = batch.get(i);
            String uuid = SubmissionChecks.normaliseUuid(s.uuid());
            ResponseRepository.Existing stored = uuid == null ? null : existing.get(uuid);
            if (stored != null) {
                results[i] = duplicateOf(stored, questionnaireId, intake);
                continue;
            }
            if (uuid != null && firstOfUuid.containsKey(uuid)) {
                continue; // answered after the first one is written
            }
            SubmissionChecks.Checked checked = SubmissionChecks.check(s, intake, lookups, now, pulse.timeZone());
            if (uuid != null) {
                firstOfUuid.put(uuid, i);
            }
            if (!checked.ok()) {
                results[i] = SubmissionResult.rejected(checked.uuid(), checked.errors());
                continue;
            }
            String formNumber = checked.accepted().formNumber();
            if (formNumber != null && firstOfFormNumber.putIfAbsent(formNumber, i) != null) {
                results[i] = formNumberTaken(uuid, formNumber);
                continue;
            }
            accepted.put(i, checked.accepted());
        }
        checkAssignments(accepted, results, intake);
        if (!firstOfFormNumber.isEmpty()) {
            var taken = responses.takenFormNumbers(questionnaireId, firstOfFormNumber.keySet());
            accepted.entrySet().removeIf(e -> {
                String number = e.getValue().formNumber();
                if (number != null && taken.contains(number)) {
                    results[e.getKey()] = formNumberTaken(e.getValue().uuid(), number);
                    return true;
                }
                return false;
            });
        }
        Map<String, SubmissionResult> written = writer.write(questionnaireId, List.copyOf(accepted.values()), intake,
                now);
        accepted.forEach((i, a) -> results[i] = written.get(a.uuid()));
        for (int i = 0; i < batch.size(); i++) {
            if (results[i] == null) {
                SubmissionResult first = results[firstOfUuid.get(SubmissionChecks.normaliseUuid(batch.get(i).uuid()))];
                results[i] = first.isRejected() ? first
                        : SubmissionResult.duplicate(first.uuid(), first.responseId(), first.responseStatus());
            }
        }
        writer.auditRejected(questionnaireId, List.of(results));
        return List.of(results);
    }

    /**
     * Interviews made under an assignment must be the collector's own assignment, of this
     * questionnaire, inside its area; a stratum whose quota is reached (counting this batch) refuses
     * more. Two requests racing for the last place may both get it: quotas steer fieldwork, they
     * are not a hard limit of the data.
     */
    private void checkAssignments(Map<Integer, Accepted> accepted, SubmissionResult[] results,
            SubmissionChecks.Intake intake) {
        Map<Long, Optional<Assignment>> found = new HashMap<>();
        Map<String, Integer> taken = new HashMap<>();
        accepted.entrySet().removeIf(e -> {
            Accepted a = e.getValue();
            if (a.assignmentId() == null) {
                return false;
            }
            Assignment assignment = found.computeIfAbsent(a.assignmentId(),
                    id -> assignments.find(id, Map.of())).orElse(null);
            if (assignment == null || assignment.surveyorId() != intake.collectorId()
                    || assignment.questionnaireId() != a.form().questionnaireId()
                    || !a.area().path().startsWith(assignment.areaPath())) {
                results[e.getKey()] = SubmissionResult.rejected(a.uuid(),
                        List.of(SubmissionError.whole("assignment_mismatch")));
                return true;
            }
            Integer quota = a.stratum() == null ? null : assignment.quotas().get(a.stratum());
            if (quota == null) {
                return false;
            }
            String key = assignment.id() + "/" + a.stratum();
            int done = assignment.doneByStratum().getOrDefault(a.stratum(), 0) + taken.getOrDefault(key, 0);
            if (done >= quota) {
                results[e.getKey()] = SubmissionResult.rejected(a.uuid(),
                        List.of(SubmissionError.whole("quota_full", a.stratum(), quota)));
                return true;
            }
            taken.merge(key, 1, Integer::sum);
            return false;
        });
    }

    /**
     * The first response's status for a uuid already stored, when it is the same questionnaire's and
     * the caller may see it; otherwise the uuid belongs to someone else's work and says nothing of it.
     */
    private static SubmissionResult duplicateOf(ResponseRepository.Existing stored, long questionnaireId,
            SubmissionChecks.Intake intake) {
        if (stored.questionnaireId() != questionnaireId || !intake.enteredByScope().covers(stored.areaPath())) {
            return SubmissionResult.rejected(stored.uuid(), List.of(SubmissionError.whole("uuid_taken")));
        }
        return SubmissionResult.duplicate(stored.uuid(), stored.id(), stored.status());
    }

    static SubmissionResult formNumberTaken(String uuid, String formNumber) {
        return SubmissionResult.rejected(uuid, List.of(SubmissionError.whole("form_number_taken", formNumber)));
    }

    /** Versions and areas of one batch, each looked up once. */
    private final class Lookups implements SubmissionChecks.Lookups {
        private final long questionnaireId;
        private final Map<Integer, Optional<FormDefinition>> versions = new HashMap<>();
        private final Map<String, Optional<Area>> areaByCode = new HashMap<>();

        Lookups(long questionnaireId) {
            this.questionnaireId = questionnaireId;
        }

        @Override
        public Optional<FormDefinition> version(Integer number) {
            return versions.computeIfAbsent(number == null ? -1 : number, n -> {
                try {
                    Optional<FormDefinition> form = n < 0 ? questionnaires.currentPublished(questionnaireId)
                            : Optional.of(questionnaires.version(questionnaireId, n));
                    return form.filter(FormDefinition::isPublished);
                } catch (DomainException e) {
                    return Optional.empty();
                }
            });
        }

        @Override
        public Optional<Area> area(String code) {
            return areaByCode.computeIfAbsent(code, areas::findForScope);
        }
    }
}
