package vn.pulse.fieldwork;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.QuestionnaireService;

/**
 * A surveyor's interviews in progress: started from an assignment (or freely), saved by the form
 * seconds after every change, resumed on any device, submitted through the pipeline under the
 * draft's uuid (so a submit repeated after a lost connection is a duplicate, never a second
 * response). Only the draft's surveyor ever reads or changes it.
 */
@Service
public class DraftService {

    static final int MAX_ANSWERS_JSON = 1_000_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DraftRepository drafts;
    private final AssignmentService assignments;
    private final QuestionnaireService questionnaires;
    private final SubmissionService submissions;
    private final ReviewService review;
    private final ResponseQueries responses;
    private final AuditTrail audit;
    private final Clock clock;

    DraftService(DraftRepository drafts, AssignmentService assignments, QuestionnaireService questionnaires,
            SubmissionService submissions, ReviewService review, ResponseQueries responses, AuditTrail audit,
            Clock clock) {
        this.drafts = drafts;
        this.assignments = assignments;
        this.questionnaires = questionnaires;
        this.submissions = submissions;
        this.review = review;
        this.responses = responses;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new interview for one of the surveyor's own assignments, on the current published version. */
    @RolesAllowed(Role.SURVEYOR_NAME)
    @Transactional
    public Draft start(long assignmentId) {
        Assignment assignment = assignments.mine(assignmentId)
                .orElseThrow(() -> DomainException.notFound("assignment_not_found", "fieldwork.assignment.notFound"));
        FormDefinition form = questionnaires.currentPublished(assignment.questionnaireId())
                .orElseThrow(() -> DomainException.invalid("questionnaire_not_published",
                        "fieldwork.assignment.notPublished"));
        return create(form, assignment.id(), assignment.areaCode(), Map.of(), null);
    }

    /** A draft to fix a response returned to the surveyor: its answers, the current version, a new uuid. */
    @RolesAllowed(Role.SURVEYOR_NAME)
    @Transactional
    public Draft fix(long responseId) {
        ReviewedResponse returned = review.mine(responseId)
                .filter(r -> r.summary().status() == ResponseStatus.RETURNED)
                .orElseThrow(() -> DomainException.notFound("response_not_found", "fieldwork.review.notFound",
                        responseId));
        ResponseSummary r = returned.summary();
        Optional<Draft> existing = drafts.ofSurveyor(CurrentUser.require().id()).stream()
                .filter(d -> Long.valueOf(r.id()).equals(d.replacesResponseId())).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        FormDefinition form = questionnaires.currentPublished(r.questionnaireId())
                .orElseThrow(() -> DomainException.invalid("questionnaire_not_published",
                        "fieldwork.assignment.notPublished"));
        return create(form, r.assignmentId(), r.areaCode(), ResponseQueries.rawAnswers(returned.answers()), r.id());
    }

    private Draft create(FormDefinition form, Long assignmentId, String areaCode, Map<String, Object> answers,
            Long replaces) {
        long me = CurrentUser.require().id();
        String uuid = UUID.randomUUID().toString();
        Instant now = Instant.now(clock);
        long id = drafts.insert(uuid, form.questionnaireId(), form.version(), assignmentId, me, areaCode, answers,
                replaces, now);
        audit.record("response_draft.started", "response_draft", id, null, form.code() + " v" + form.version()
                + (replaces == null ? "" : ", fixing response " + replaces));
        return drafts.findOwn(uuid, me).orElseThrow();
    }

    /** Saves the answers as typed (the form calls this seconds after each change). */
    @RolesAllowed(Role.SURVEYOR_NAME)
    @Transactional
    public void save(String uuid, Map<String, Object> answers, Map<String, Object> paradata) {
        String json = JSON.writeValueAsString(answers == null ? Map.of() : answers);
        if (json.length() > MAX_ANSWERS_JSON) {
            throw DomainException.invalid("draft_too_large", "fieldwork.draft.tooLarge");
        }
        Draft draft = own(uuid);
        if (!drafts.update(draft.uuid(), draft.surveyorId(), draft.areaCode(), answers, paradata, Instant.now(clock))) {
            throw DomainException.notFound("draft_not_found", "fieldwork.draft.notFound");
        }
        audit.record("response_draft.saved", "response_draft", draft.id(), null, answers.size() + " answers");
    }

    /** One of the surveyor's own drafts. */
    @RolesAllowed(Role.SURVEYOR_NAME)
    @Transactional(readOnly = true)
    public Optional<Draft> open(String uuid) {
        return drafts.findOwn(uuid, CurrentUser.require().id());
    }

    /** The surveyor's drafts, most recently saved first. */
    @RolesAllowed(Role.SURVEYOR_NAME)
    @Transactional(readOnly = true)
    public List<Draft> mine() {
        return drafts.ofSurveyor(CurrentUser.require().id());
    }

    @RolesAllowed(Role.SURVEYOR_NAME)
    @Transactional
    public void discard(String uuid) {
        Draft draft = own(uuid);
        drafts.delete(draft.uuid(), draft.surveyorId());
        audit.record("response_draft.discarded", "response_draft", draft.id(), null, draft.uuid());
    }

    /**
     * Submits the draft through the pipeline (channel FORM) under its uuid; once stored (or found
     * stored already) the draft is deleted, and a response it fixes is superseded.
     */
    @RolesAllowed(Role.SURVEYOR_NAME)
    public SubmissionResult submit(String uuid, Location location, String userAgent, Map<String, Object> paradata) {
        Draft draft = own(uuid);
        Instant now = Instant.now(clock);
        Submission submission = new Submission(draft.uuid(), draft.version(), draft.areaCode(), draft.startedAt(), now,
                draft.answers(), location, userAgent, paradata, null, draft.assignmentId());
        SubmissionResult result = submissions.submit(draft.questionnaireId(), List.of(submission), Channel.FORM)
                .getFirst();
        if (!result.isRejected()) {
            finish(draft, result.responseId());
        }
        return result;
    }

    private void finish(Draft draft, long responseId) {
        if (draft.replacesResponseId() != null) {
            review.supersede(draft.replacesResponseId(), responseId, draft.surveyorId());
        }
        drafts.delete(draft.uuid(), draft.surveyorId());
    }

    private Draft own(String uuid) {
        return drafts.findOwn(uuid == null ? "" : uuid, CurrentUser.require().id())
                .orElseThrow(() -> DomainException.notFound("draft_not_found", "fieldwork.draft.notFound"));
    }
}
