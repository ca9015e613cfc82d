package vn.pulse.account;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pulse.base.security.PulseUser;

/** Loads the principal for sign-in: role, area scope, lock state and password hash. */
@Service
class PulseUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    PulseUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public PulseUser loadUserByUsername(String username) {
        String normalized = username == null ? "" : username.strip().toLowerCase();
        return users.findPrincipal(normalized).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
