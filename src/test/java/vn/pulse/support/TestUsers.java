package vn.pulse.support;

import java.util.function.Supplier;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.pulse.account.AccountService;
import vn.pulse.account.UserDraft;
import vn.pulse.base.security.PulseUser;
import vn.pulse.base.security.Role;
import vn.pulse.base.security.SystemUser;

/** Creates accounts for tests and runs code as one of them. */
@Component
@Profile("test") // test sources are on the classpath of the dev run and the bench too: stay out of them
public class TestUsers {

    public static final String PASSWORD = "test-password-1";
    private final AccountService accounts;
    private final UserDetailsService details;

    TestUsers(AccountService accounts, UserDetailsService details) {
        this.accounts = accounts;
        this.details = details;
    }

    /** An account with {@link #PASSWORD}; created on first use, reused afterwards. */
    public String ensure(String username, Role role, String areaCode) {
        SystemUser.run(() -> {
            if (accounts.list(null).stream().noneMatch(u -> u.username().equals(username))) {
                accounts.create(new UserDraft(username, "Người thử " + username, role, areaCode, PASSWORD));
            }
        });
        return username;
    }

    public <T> T as(String username, Supplier<T> work) {
        PulseUser user = (PulseUser) details.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
