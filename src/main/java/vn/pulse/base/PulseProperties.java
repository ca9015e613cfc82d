package vn.pulse.base;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code pulse.*} in application.yml (documented in README.md).
 *
 * @param demo          demo accounts and data; {@code null} means "on when the embedded database runs"
 * @param adminPassword password of the first administrator, used only while no administrator exists
 * @param timeZone      zone in which dates are shown and periods are cut (Asia/Ho_Chi_Minh)
 * @param security      login and token limits
 */
@ConfigurationProperties("pulse")
public record PulseProperties(
        Boolean demo,
        String adminPassword,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId timeZone,
        @DefaultValue Security security) {

    /**
     * @param maxFailedLogins     failed sign-ins in a row before an account is locked
     * @param lockout             how long a locked account stays locked
     * @param apiTokenTtl         lifetime of a token issued by POST /api/v1/auth/token
     * @param personalTokenMaxTtl longest lifetime a user may give a personal token
     */
    public record Security(
            @DefaultValue("5") int maxFailedLogins,
            @DefaultValue("15m") Duration lockout,
            @DefaultValue("8h") Duration apiTokenTtl,
            @DefaultValue("365d") Duration personalTokenMaxTtl) {
    }
}
