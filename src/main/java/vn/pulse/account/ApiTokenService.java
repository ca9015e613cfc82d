package vn.pulse.account;

import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.DomainException;
import vn.pulse.base.PulseProperties;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.PulseUser;

/**
 * Bearer tokens for the REST API: short-lived ones issued for a username and password, and
 * personal ones that a user makes and revokes in the UI. Secrets are random 256-bit values;
 * only their SHA-256 is stored.
 */
@Service
public class ApiTokenService {

    static final String SECRET_PREFIX = "pls_";
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final AuditTrail audit;
    private final PulseProperties properties;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, UserRepository users, AuditTrail audit, PulseProperties properties,
            Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a presented secret turned out to be. */
    sealed interface Verdict {
        record Valid(PulseUser user) implements Verdict { }
        record Expired() implements Verdict { }
        record Invalid() implements Verdict { }
    }

    /** A token for a user who has just been authenticated with their password (POST /api/v1/auth/token). */
    @Transactional
    public ApiToken.Issued issueSessionToken(PulseUser user) {
        Instant now = Instant.now(clock);
        ApiToken.Issued issued = issue(user.id(), ApiToken.SESSION, "API", now, now.plus(properties.security().apiTokenTtl()));
        audit.recordStandalone(user.getUsername(), "auth.token_issued", "api_token", issued.token().id(), null);
        return issued;
    }

    /** The signed-in user makes a personal token valid for {@code days} days. */
    @PermitAll
    @Transactional
    public ApiToken.Issued createPersonal(String name, int days) {
        PulseUser me = CurrentUser.require();
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw DomainException.invalid("token_name_invalid", "token.error.name");
        }
        long maxDays = properties.security().personalTokenMaxTtl().toDays();
        if (days < 1 || days > maxDays) {
            throw DomainException.invalid("token_days_invalid", "token.error.days", maxDays);
        }
        Instant now = Instant.now(clock);
        ApiToken.Issued issued = issue(me.id(), ApiToken.PERSONAL, clean, now, now.plus(Duration.ofDays(days)));
        audit.record("auth.personal_token_created", "api_token", issued.token().id(), null, clean);
        return issued;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<ApiToken> myPersonalTokens() {
        return tokens.findPersonal(CurrentUser.require().id());
    }

    /** Revokes one of the signed-in user's own tokens. */
    @PermitAll
    @Transactional
    public void revoke(long tokenId) {
        PulseUser me = CurrentUser.require();
        if (tokens.findById(tokenId).isEmpty() || tokens.ownerOf(tokenId) != me.id()) {
            throw DomainException.notFound("token_not_found", "token.error.notFound");
        }
        tokens.revoke(tokenId, Instant.now(clock));
        audit.record("auth.token_revoked", "api_token", tokenId, null, null);
    }

    /** Checks a presented secret: valid (with its current user), expired, or not a live token. */
    @Transactional
    Verdict verify(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 100) {
            return new Verdict.Invalid();
        }
        var match = tokens.findByHash(sha256(secret));
        if (match.isEmpty() || match.get().token().revokedAt() != null) {
            return new Verdict.Invalid();
        }
        ApiToken token = match.get().token();
        Instant now = Instant.now(clock);
        if (!token.expiresAt().isAfter(now)) {
            return new Verdict.Expired();
        }
        var user = users.findPrincipal(match.get().username());
        if (user.isEmpty() || !user.get().isEnabled() || !user.get().isAccountNonLocked()) {
            return new Verdict.Invalid();
        }
        if (token.lastUsedAt() == null || token.lastUsedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
            tokens.touch(token.id(), now);
        }
        user.get().eraseCredentials();
        return new Verdict.Valid(user.get());
    }

    @Scheduled(cron = "0 17 3 * * *", zone = "Asia/Ho_Chi_Minh")
    @Transactional
    public void forgetExpiredSessionTokens() {
        tokens.deleteExpiredSessions(Instant.now(clock).minus(Duration.ofDays(30)));
    }

    private ApiToken.Issued issue(long userId, String kind, String name, Instant now, Instant expires) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String prefix = secret.substring(0, SECRET_PREFIX.length() + 6);
        long id = tokens.insert(userId, kind, name, sha256(secret), prefix, now, expires);
        return new ApiToken.Issued(secret, tokens.findById(id).orElseThrow());
    }

    static String sha256(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
