package vn.pulse.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pulse.audit.AuditEvent.Outcome;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.PulseProperties;
import vn.pulse.base.security.PulseUser;

/**
 * Defends sign-in, for the login form and the token API alike: counts failures per account and
 * locks it for a while after too many in a row; throttles a client address that keeps failing
 * across accounts; writes every attempt to the audit trail.
 */
@Component
public class SignInGuard {

    /** Failures from one address within {@link #IP_WINDOW} after which it is refused for that window. */
    static final int IP_LIMIT = 30;
    static final Duration IP_WINDOW = Duration.ofMinutes(10);

    private final UserRepository users;
    private final AuditTrail audit;
    private final PulseProperties properties;
    private final Clock clock;
    private final Map<String, Window> failuresByIp = new ConcurrentHashMap<>();

    SignInGuard(UserRepository users, AuditTrail audit, PulseProperties properties, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Refuses an attempt from an address that has failed too often lately. */
    public void checkClient(String ip) {
        Window window = failuresByIp.get(ip == null ? "" : ip);
        if (window != null && window.count >= IP_LIMIT && window.start.plus(IP_WINDOW).isAfter(Instant.now(clock))) {
            throw new LockedException("too many failed sign-ins from this address");
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PulseUser user
                && !(event.getAuthentication() instanceof ApiTokenAuthentication)) {
            users.recordSuccess(user.getUsername(), Instant.now(clock));
            audit.recordStandalone(user.getUsername(), "auth.signed_in", "user", user.getUsername(), null);
        }
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).strip().toLowerCase();
        String reason = event.getException().getClass().getSimpleName();
        boolean lockedNow = false;
        if (!(event.getException() instanceof LockedException)) {
            Instant until = Instant.now(clock).plus(properties.security().lockout());
            lockedNow = users.recordFailure(username, properties.security().maxFailedLogins(), until);
        }
        audit.recordRefusal(username, "auth.sign_in_failed", Outcome.FAILURE, "user", username, reason);
        if (lockedNow) {
            audit.recordRefusal(username, "auth.account_locked", Outcome.DENIED, "user", username,
                    "locked for " + properties.security().lockout());
        }
    }

    /** Counts a failure against the client address (called by the authentication provider). */
    void countClientFailure(String ip) {
        Instant now = Instant.now(clock);
        failuresByIp.compute(ip == null ? "" : ip, (k, w) ->
                w == null || w.start.plus(IP_WINDOW).isBefore(now) ? new Window(now, 1) : new Window(w.start, w.count + 1));
    }

    private record Window(Instant start, int count) {
    }
}
