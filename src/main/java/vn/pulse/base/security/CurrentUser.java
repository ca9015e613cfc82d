package vn.pulse.base.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the signed-in {@link PulseUser} from the security context (web request, Vaadin UI or job). */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<PulseUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PulseUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; denies access when nobody is signed in. */
    public static PulseUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** Username for the audit trail: the signed-in user, or "system" for scheduled and start-up work. */
    public static String actorName() {
        return find().map(PulseUser::getUsername).orElse(SystemUser.USERNAME);
    }

    /** The area subtree of the signed-in user. */
    public static AreaScope scope() {
        return require().scope();
    }

    /** Denies access unless the area path lies inside the signed-in user's scope. */
    public static void requireArea(String areaPath) {
        if (!scope().covers(areaPath)) {
            throw new AccessDeniedException("area outside the user's scope");
        }
    }
}
