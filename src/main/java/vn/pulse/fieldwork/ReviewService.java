package vn.pulse.fieldwork;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;
import vn.pulse.jooq.Tables;

/**
 * Review of responses by the supervisors of their area: a queue per area; approve, return to the
 * surveyor with a comment, or reject. Every change is audited and publishes
 * {@link ResponseStatusChanged} in its transaction. Reading a response's answers is audited too.
 */
@Service
public class ReviewService {

    static final int MAX_COMMENT = 2_000;
    private final ResponseQueries responses;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewService(ResponseQueries responses, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.responses = responses;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Responses of the caller's area, newest first (at most {@code limit}); with a status, only those
     * (the review queue is {@link ResponseStatus#SUBMITTED}); optionally of one questionnaire.
     */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public List<ResponseSummary> queue(ResponseStatus status, Long questionnaireId, int limit) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(Tables.RESPONSE.AREA_PATH.like(CurrentUser.scope().likePattern()));
        if (status != null) {
            conditions.add(Tables.RESPONSE.STATUS.eq(status.name()));
        }
        if (questionnaireId != null) {
            conditions.add(Tables.RESPONSE.QUESTIONNAIRE_ID.eq(questionnaireId));
        }
        return responses.list(org.jooq.impl.DSL.and(conditions), Math.max(1, Math.min(limit, 1_000)));
    }

    /** One response of the caller's area with its answers (the read is audited). */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public Optional<ReviewedResponse> open(long id) {
        Optional<ResponseSummary> found = responses.find(id, false).filter(r -> CurrentUser.scope().covers(r.areaPath()));
        found.ifPresent(r -> audit.record("response.viewed", "response", r.id(), r.areaPath(), r.uuid()));
        return found.map(r -> new ReviewedResponse(r, responses.answers(r.id())));
    }

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public ResponseSummary approve(long id) {
        return change(id, ResponseStatus.APPROVED, null);
    }

    /** Sends a response back to its surveyor to fix; the comment says what. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public ResponseSummary returnToSurveyor(long id, String comment) {
        return change(id, ResponseStatus.RETURNED, requireComment(comment));
    }

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public ResponseSummary reject(long id, String comment) {
        return change(id, ResponseStatus.REJECTED, requireComment(comment));
    }

    /** The signed-in surveyor's responses, newest first; optionally of one status (returned: to fix). */
    @RolesAllowed(Role.SURVEYOR_NAME)
    @Transactional(readOnly = true)
    public List<ResponseSummary> mine(ResponseStatus status, int limit) {
        Condition condition = Tables.RESPONSE.COLLECTOR_ID.eq(CurrentUser.require().id());
        if (status != null) {
            condition = condition.and(Tables.RESPONSE.STATUS.eq(status.name()));
        }
        return responses.list(condition, Math.max(1, Math.min(limit, 1_000)));
    }

    /** One of the signed-in surveyor's own responses with its answers. */
    @RolesAllowed(Role.SURVEYOR_NAME)
    @Transactional(readOnly = true)
    public Optional<ReviewedResponse> mine(long id) {
        return responses.find(id, false).filter(r -> r.collectorId() == CurrentUser.require().id())
                .map(r -> new ReviewedResponse(r, responses.answers(r.id())));
    }

    /**
     * A returned response fixed by its surveyor under a new uuid: the old one leaves the count
     * (rejected, saying which response replaces it). Called in the fixing surveyor's flow.
     */
    @Transactional
    void supersede(long oldId, long newId, long surveyorId) {
        ResponseSummary old = responses.find(oldId, true).orElse(null);
        if (old == null || old.collectorId() != surveyorId || old.status() != ResponseStatus.RETURNED) {
            return;
        }
        Instant now = Instant.now(clock);
        responses.setStatus(oldId, ResponseStatus.REJECTED, 0, "→ #" + newId, now);
        events.publishEvent(new ResponseStatusChanged(oldId, old.questionnaireId(), old.status(), ResponseStatus.REJECTED));
        audit.record("response.superseded", "response", oldId, old.areaPath(), "replaced by response " + newId);
    }

    private ResponseSummary change(long id, ResponseStatus to, String comment) {
        ResponseSummary r = responses.find(id, true).filter(found -> CurrentUser.scope().covers(found.areaPath()))
                .orElseThrow(() -> DomainException.notFound("response_not_found", "fieldwork.review.notFound", id));
        if (!allowed(r.status(), to)) {
            throw DomainException.conflict("review_not_allowed", "fieldwork.review.notAllowed");
        }
        responses.setStatus(id, to, CurrentUser.require().id(), comment, Instant.now(clock));
        events.publishEvent(new ResponseStatusChanged(id, r.questionnaireId(), r.status(), to));
        audit.record("response." + to.name().toLowerCase(java.util.Locale.ROOT), "response", id, r.areaPath(),
                r.status() + " → " + to + (comment == null ? "" : ": " + comment));
        return responses.find(id, false).orElseThrow();
    }

    /** Submitted ones are decided; an approval may still be withdrawn; a returned one may be rejected. */
    static boolean allowed(ResponseStatus from, ResponseStatus to) {
        return switch (from) {
            case SUBMITTED -> to != ResponseStatus.SUBMITTED;
            case APPROVED -> to == ResponseStatus.RETURNED || to == ResponseStatus.REJECTED;
            case RETURNED -> to == ResponseStatus.REJECTED;
            case REJECTED -> false;
        };
    }

    private static String requireComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw DomainException.invalid("comment_required", "fieldwork.review.commentRequired");
        }
        String clean = comment.strip();
        return clean.length() <= MAX_COMMENT ? clean : clean.substring(0, MAX_COMMENT);
    }
}
