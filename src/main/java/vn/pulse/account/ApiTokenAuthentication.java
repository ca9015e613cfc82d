package vn.pulse.account;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import vn.pulse.base.security.PulseUser;

/** A request authenticated by a bearer token. */
class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;
    private final PulseUser user;

    ApiTokenAuthentication(PulseUser user) {
        super(user.getAuthorities());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public PulseUser getPrincipal() {
        return user;
    }
}
