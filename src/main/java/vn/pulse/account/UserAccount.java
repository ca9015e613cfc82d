package vn.pulse.account;

import java.time.Instant;
import vn.pulse.base.security.Role;

/** A person's account as administrators see it (never with the password hash). */
public record UserAccount(long id, String username, String displayName, Role role, String areaCode,
        String areaName, boolean enabled, Instant lockedUntil, Instant createdAt, Instant lastLoginAt) {

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
