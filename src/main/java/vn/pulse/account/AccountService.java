package vn.pulse.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pulse.area.Area;
import vn.pulse.area.AreaService;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.AreaScope;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.PulseUser;
import vn.pulse.base.security.Role;

/**
 * Accounts: administrators manage the people of their own area subtree; everyone changes their
 * own password. Passwords are stored as BCrypt hashes only.
 */
@Service
public class AccountService {

    static final int MIN_PASSWORD = 8;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

    private final UserRepository users;
    private final AreaService areas;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    AccountService(UserRepository users, AreaService areas, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
        this.users = users;
        this.areas = areas;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Accounts in the caller's area subtree, optionally of one role. A supervisor does not see the
     * single-line collaborators of other handlers: who they are is their handler's to know.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Transactional(readOnly = true)
    public List<UserAccount> list(Role role) {
        return users.findAll(CurrentUser.scope(), role).stream().filter(AccountService::visibleToCaller).toList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Transactional(readOnly = true)
    public Optional<UserAccount> find(long id) {
        return users.findById(id).filter(u -> inScope(u.areaCode())).filter(AccountService::visibleToCaller);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public UserAccount create(UserDraft draft) {
        String username = draft.username() == null ? "" : draft.username().strip().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw DomainException.invalid("username_invalid", "account.error.username");
        }
        if (users.findByUsername(username).isPresent()) {
            throw DomainException.conflict("username_taken", "account.error.usernameTaken", username);
        }
        Role role = requireRole(draft.role());
        Area area = areaInScope(draft.areaCode());
        UserDraft clean = new UserDraft(username, requireName(draft.displayName()), role, draft.areaCode(),
                draft.password(), draft.singleLine(), handlerOf(draft, role, area));
        checkPassword(clean.password(), username);
        long id = users.insert(clean, area == null ? null : area.id(), passwords.encode(clean.password()),
                Instant.now(clock));
        audit.record("account.created", "user", username, pathOf(area), clean.role().name());
        return users.findById(id).orElseThrow();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public UserAccount update(long id, UserDraft draft) {
        UserAccount existing = requireInScope(id);
        Role role = requireRole(draft.role());
        Area area = areaInScope(draft.areaCode());
        UserDraft clean = new UserDraft(existing.username(), requireName(draft.displayName()), role,
                draft.areaCode(), null, draft.singleLine(), handlerOf(draft, role, area));
        if (existing.id() == CurrentUser.require().id() && clean.role() != existing.role()) {
            throw DomainException.invalid("own_role", "account.error.ownRole");
        }
        users.update(id, clean, area == null ? null : area.id());
        audit.record("account.updated", "user", existing.username(), pathOf(area),
                clean.role() + " " + (area == null ? "national" : area.code()) + (clean.singleLine() ? " single-line" : ""));
        if (draft.password() != null && !draft.password().isEmpty()) {
            resetPassword(id, draft.password());
        }
        return users.findById(id).orElseThrow();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public void resetPassword(long id, String newPassword) {
        UserAccount account = requireInScope(id);
        checkPassword(newPassword, account.username());
        users.setPassword(id, passwords.encode(newPassword));
        audit.record("account.password_reset", "user", account.username(), null, null);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public void setEnabled(long id, boolean enabled) {
        UserAccount account = requireInScope(id);
        if (account.id() == CurrentUser.require().id()) {
            throw DomainException.invalid("own_account", "account.error.ownAccount");
        }
        users.setEnabled(id, enabled);
        audit.record(enabled ? "account.enabled" : "account.disabled", "user", account.username(), null, null);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public void unlock(long id) {
        UserAccount account = requireInScope(id);
        users.unlock(id);
        audit.record("account.unlocked", "user", account.username(), null, null);
    }

    /** Any signed-in user changes their own password, proving they know the current one. */
    @PermitAll
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        PulseUser me = CurrentUser.require();
        PulseUser stored = users.findPrincipal(me.getUsername()).orElseThrow();
        if (currentPassword == null || !passwords.matches(currentPassword, stored.getPassword())) {
            throw DomainException.invalid("wrong_password", "account.error.wrongPassword");
        }
        checkPassword(newPassword, me.getUsername());
        users.setPassword(me.id(), passwords.encode(newPassword));
        audit.record("account.password_changed", "user", me.getUsername(), null, null);
    }

    private static void checkPassword(String password, String username) {
        if (password == null || password.length() < MIN_PASSWORD || password.equalsIgnoreCase(username)) {
            throw DomainException.invalid("password_weak", "account.error.passwordWeak", MIN_PASSWORD);
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw DomainException.invalid("display_name_invalid", "account.error.displayName");
        }
        return name.strip();
    }

    private static Role requireRole(Role role) {
        if (role == null) {
            throw DomainException.invalid("role_missing", "account.error.role");
        }
        return role;
    }

    /** The area a user is scoped to must lie inside the administrator's own scope. */
    private Area areaInScope(String areaCode) {
        AreaScope scope = CurrentUser.scope();
        if (areaCode == null || areaCode.isBlank()) {
            if (!scope.isNational()) {
                throw new AccessDeniedException("only national administrators create national accounts");
            }
            return null;
        }
        return areas.find(areaCode.strip())
                .orElseThrow(() -> DomainException.invalid("area_unknown", "account.error.area", areaCode));
    }

    /**
     * The handler of a single-line collaborator: a supervisor whose area covers the collaborator's.
     * {@code null} for everyone else.
     */
    private Long handlerOf(UserDraft draft, Role role, Area area) {
        if (!draft.singleLine()) {
            return null;
        }
        if (role != Role.SURVEYOR) {
            throw DomainException.invalid("single_line_role", "account.error.singleLineRole");
        }
        UserAccount handler = draft.handlerId() == null ? null : users.findById(draft.handlerId()).orElse(null);
        String handlerPath = handler == null || handler.areaCode() == null ? "/"
                : areas.findForScope(handler.areaCode()).map(Area::path).orElse(null);
        boolean covers = handlerPath != null && new AreaScope(handlerPath).covers(area == null ? "/" : area.path());
        if (handler == null || handler.role() != Role.SUPERVISOR || !handler.enabled() || !covers) {
            throw DomainException.invalid("handler_invalid", "account.error.handler");
        }
        return handler.id();
    }

    /** Single-line collaborators are hidden from supervisors other than their handler. */
    private static boolean visibleToCaller(UserAccount account) {
        PulseUser caller = CurrentUser.require();
        return !account.singleLine() || !caller.hasRole(Role.SUPERVISOR)
                || (account.handlerId() != null && account.handlerId() == caller.id());
    }

    private UserAccount requireInScope(long id) {
        return users.findById(id).filter(u -> inScope(u.areaCode()))
                .orElseThrow(() -> DomainException.notFound("user_not_found", "account.error.notFound", id));
    }

    private boolean inScope(String areaCode) {
        AreaScope scope = CurrentUser.scope();
        return scope.isNational() || (areaCode != null && areas.find(areaCode).isPresent());
    }

    private static String pathOf(Area area) {
        return area == null ? null : area.path();
    }
}
