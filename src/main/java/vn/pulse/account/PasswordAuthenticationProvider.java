package vn.pulse.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Username and password sign-in (login form and token API): the usual BCrypt check, behind a
 * throttle on client addresses that keep failing. Unknown users and wrong passwords fail alike.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final SignInGuard guard;

    PasswordAuthenticationProvider(PulseUserDetailsService users, PasswordEncoder passwords, SignInGuard guard) {
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(passwords);
        this.guard = guard;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String ip = clientIp();
        guard.checkClient(ip);
        try {
            return delegate.authenticate(authentication);
        } catch (BadCredentialsException e) {
            guard.countClientFailure(ip);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientIp() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest().getRemoteAddr() : null;
    }
}
