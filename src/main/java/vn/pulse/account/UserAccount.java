package vn.pulse.account;

import java.time.Instant;
import vn.pulse.base.security.Role;

/**
 * A person's account as administrators see it (never with the password hash).
 *
 * @param singleLine a single-line collaborator (cộng tác viên đơn tuyến), known by name only to their handler
 * @param handlerId  the supervisor a single-line collaborator reports to; {@code null} otherwise
 */
public record UserAccount(long id, String username, String displayName, Role role, String areaCode,
        String areaName, boolean enabled, Instant lockedUntil, Instant createdAt, Instant lastLoginAt,
        boolean singleLine, Long handlerId) {

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
