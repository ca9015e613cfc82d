package vn.pulse.base.security;

import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The identity of work nobody clicked: start-up seeding, schedules, migrations. It acts as a
 * national administrator and is recorded in the audit trail as "system".
 */
public final class SystemUser {

    public static final String USERNAME = "system";
    private static final PulseUser SYSTEM = new PulseUser(0, USERNAME, "Hệ thống", Role.ADMIN, AreaScope.NATIONAL,
            null, true, Instant.EPOCH, null);

    private SystemUser() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null, SYSTEM.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
