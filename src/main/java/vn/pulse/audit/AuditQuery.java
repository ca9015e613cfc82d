package vn.pulse.audit;

import java.time.Instant;

/** Filters of the audit trail view; {@code null} fields do not filter. */
public record AuditQuery(String actor, String actionPrefix, Instant from, Instant to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null);
}
