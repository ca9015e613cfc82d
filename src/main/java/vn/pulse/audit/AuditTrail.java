package vn.pulse.audit;

import static vn.pulse.jooq.Tables.AUDIT_EVENT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.pulse.audit.AuditEvent.Outcome;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;

/**
 * The append-only audit trail: sign-ins, every data change, every read of raw data and every
 * export. Writing joins the caller's transaction, so a change and its audit line commit or roll
 * back together; failures and denials are written in their own transaction so they survive.
 */
@Service
public class AuditTrail {

    private static final int MAX_DETAILS = 4000;
    private final DSLContext db;
    private final Clock clock;

    public AuditTrail(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records a successful action of the current user, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String targetType, Object targetId, String areaPath, String details) {
        insert(CurrentUser.actorName(), action, Outcome.SUCCESS, targetType, targetId, areaPath, details);
    }

    /**
     * Records a successful action in the caller's transaction under a given actor name instead of
     * the signed-in user's: for people whose identity is compartmentalised (a single-line
     * collaborator appears under a pseudonym; who they are stays with their handler).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String action, String targetType, Object targetId, String areaPath,
            String details) {
        insert(actor, action, Outcome.SUCCESS, targetType, targetId, areaPath, details);
    }

    /** Records an action that was refused or failed; commits even if the caller rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(String actor, String action, Outcome outcome, String targetType, Object targetId,
            String details) {
        insert(actor, action, outcome, targetType, targetId, null, details);
    }

    /** Records an event outside any caller transaction (e.g. sign-in), in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordStandalone(String actor, String action, String targetType, Object targetId, String details) {
        insert(actor, action, Outcome.SUCCESS, targetType, targetId, null, details);
    }

    private void insert(String actor, String action, Outcome outcome, String targetType, Object targetId,
            String areaPath, String details) {
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, Instant.now(clock))
                .set(AUDIT_EVENT.ACTOR, actor)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.OUTCOME, outcome.name())
                .set(AUDIT_EVENT.TARGET_TYPE, targetType)
                .set(AUDIT_EVENT.TARGET_ID, targetId == null ? null : String.valueOf(targetId))
                .set(AUDIT_EVENT.AREA_PATH, areaPath)
                .set(AUDIT_EVENT.DETAILS, truncate(details))
                .set(AUDIT_EVENT.CLIENT_IP, clientIp())
                .execute();
    }

    /** Audit lines matching the query, newest first; administrators only, within their area scope. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public List<AuditEvent> search(AuditQuery query, int offset, int limit) {
        try (Stream<AuditEvent> rows = db.selectFrom(AUDIT_EVENT)
                .where(conditions(query))
                .orderBy(AUDIT_EVENT.ID.desc())
                .offset(offset).limit(limit)
                .fetchStream()
                .map(r -> new AuditEvent(r.getId(), r.getOccurredAt(), r.getActor(), r.getAction(),
                        Outcome.valueOf(r.getOutcome()), r.getTargetType(), r.getTargetId(), r.getAreaPath(),
                        r.getDetails(), r.getClientIp()))) {
            return rows.toList();
        }
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        return db.fetchCount(AUDIT_EVENT, conditions(query));
    }

    private static List<Condition> conditions(AuditQuery query) {
        List<Condition> conditions = new ArrayList<>();
        var scope = CurrentUser.scope();
        if (!scope.isNational()) {
            // A provincial administrator sees the events of their subtree, not the country's.
            conditions.add(AUDIT_EVENT.AREA_PATH.like(scope.likePattern()));
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            conditions.add(AUDIT_EVENT.ACTOR.eq(query.actor().strip()));
        }
        if (query.actionPrefix() != null && !query.actionPrefix().isBlank()) {
            conditions.add(AUDIT_EVENT.ACTION.startsWith(query.actionPrefix().strip()));
        }
        if (query.from() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.ge(query.from()));
        }
        if (query.to() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.lt(query.to()));
        }
        return conditions.isEmpty() ? List.of(DSL.trueCondition()) : conditions;
    }

    private static String truncate(String details) {
        return details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS) + "…";
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
