package vn.pulse.account;

import java.time.Instant;

/**
 * A bearer token for the REST API as its owner sees it; the secret itself is shown once at
 * creation and only its SHA-256 is stored.
 *
 * @param kind   {@code session} (from POST /api/v1/auth/token) or {@code personal} (made in the UI)
 * @param prefix the first characters of the secret, to tell tokens apart
 */
public record ApiToken(long id, String kind, String name, String prefix, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt) {

    public static final String SESSION = "session";
    public static final String PERSONAL = "personal";

    public boolean isActive(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    /** A freshly made token with its secret, which is never shown again. */
    public record Issued(String secret, ApiToken token) {
    }
}
