package vn.pulse.audit;

import java.time.Instant;

/** One line of the audit trail: who did what to which object, when, from where, and how it ended. */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        Outcome outcome,
        String targetType,
        String targetId,
        String areaPath,
        String details,
        String clientIp) {

    public enum Outcome { SUCCESS, FAILURE, DENIED }
}
