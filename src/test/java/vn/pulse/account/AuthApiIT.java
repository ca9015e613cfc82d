package vn.pulse.account;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pulse.jooq.Tables.API_TOKEN;

import java.time.Instant;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pulse.audit.AuditQuery;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.security.Role;
import vn.pulse.support.Api;
import vn.pulse.support.IntegrationTest;
import vn.pulse.support.TestUsers;

/** Signing in through the REST API, tokens, lockout, and the errors a client gets. */
class AuthApiIT extends IntegrationTest {

    @Autowired
    DSLContext db;

    @Autowired
    AuditTrail audit;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokenService tokens;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(baseUrl());
    }

    @Test
    void the_right_password_gets_a_bearer_token_that_opens_the_api() {
        users.ensure("auth-supervisor", Role.SUPERVISOR, "08");
        Api.Reply reply = api.post("/api/v1/auth/token", null, Api.json(Map.of("username", "auth-supervisor",
                "password", TestUsers.PASSWORD)));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("token").asString()).startsWith("pls_");
        assertThat(Instant.parse(reply.json().get("expiresAt").asString())).isAfter(Instant.now());

        Api.Reply areas = api.get("/api/v1/areas?level=province", reply.json().get("token").asString());
        assertThat(areas.status()).isEqualTo(200);
        assertThat(areas.json()).hasSize(1);
        assertThat(areas.json().get(0).get("code").asString()).isEqualTo("08");
        assertThat(areas.json().get(0).get("name").asString()).isEqualTo("Tỉnh Tuyên Quang");
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_clear_error() {
        users.ensure("auth-wrong", Role.SURVEYOR, "08");
        Api.Reply wrong = api.post("/api/v1/auth/token", null, Api.json(Map.of("username", "auth-wrong", "password", "nope-nope")));
        Api.Reply unknown = api.post("/api/v1/auth/token", null, Api.json(Map.of("username", "nobody-here", "password", "nope-nope")));
        for (Api.Reply reply : new Api.Reply[] {wrong, unknown}) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.code()).isEqualTo("invalid_credentials");
            assertThat(reply.json().get("detail").asString()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        }
    }

    @Test
    void malformed_and_incomplete_json_get_400_with_a_code() {
        Api.Reply malformed = api.post("/api/v1/auth/token", null, "{\"username\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.code()).isEqualTo("malformed_json");

        Api.Reply incomplete = api.post("/api/v1/auth/token", null, "{\"username\": \"x\"}");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.code()).isEqualTo("validation_failed");
        assertThat(incomplete.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
    }

    @Test
    void english_errors_on_request() {
        Api.Reply reply = api.send(api.request("/api/v1/areas", null).header("Accept-Language", "en").GET());
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("unauthorized");
        assertThat(reply.json().get("detail").asString()).startsWith("Authentication required");
    }

    @Test
    void expired_revoked_and_made_up_tokens_are_refused_with_their_reason() {
        users.ensure("auth-tokens", Role.SURVEYOR, "08");
        String token = api.token("auth-tokens", TestUsers.PASSWORD);
        db.update(API_TOKEN).set(API_TOKEN.EXPIRES_AT, Instant.now().minusSeconds(1))
                .where(API_TOKEN.TOKEN_HASH.eq(ApiTokenService.sha256(token))).execute();
        assertThat(api.get("/api/v1/areas", token).code()).isEqualTo("token_expired");
        assertThat(api.get("/api/v1/areas", "pls_made_up").code()).isEqualTo("token_invalid");
        assertThat(api.get("/api/v1/areas", null).status()).isEqualTo(401);
    }

    @Test
    void personal_tokens_work_until_revoked() {
        users.ensure("auth-personal", Role.LEADER, null);
        ApiToken.Issued issued = users.as("auth-personal", () -> tokens.createPersonal("Báo cáo tự động", 30));
        assertThat(api.get("/api/v1/areas?level=province", issued.secret()).json()).hasSize(34);
        users.as("auth-personal", () -> tokens.revoke(issued.token().id()));
        Api.Reply refused = api.get("/api/v1/areas", issued.secret());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("token_invalid");
        assertThat(users.as("auth-personal", tokens::myPersonalTokens)).singleElement()
                .satisfies(t -> assertThat(t.revokedAt()).isNotNull());
    }

    @Test
    void five_failures_in_a_row_lock_the_account_even_for_the_right_password_until_unlocked() {
        users.ensure("auth-lockout", Role.SURVEYOR, "08");
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/v1/auth/token", null, Api.json(Map.of("username", "auth-lockout",
                    "password", "wrong-" + i))).code()).isEqualTo("invalid_credentials");
        }
        Api.Reply locked = api.post("/api/v1/auth/token", null, Api.json(Map.of("username", "auth-lockout",
                "password", TestUsers.PASSWORD)));
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.code()).isEqualTo("account_locked");

        String admin = users.ensure("auth-admin", Role.ADMIN, null);
        users.as(admin, () -> {
            long id = accounts.list(Role.SURVEYOR).stream().filter(u -> u.username().equals("auth-lockout"))
                    .findFirst().orElseThrow().id();
            accounts.unlock(id);
        });
        assertThat(api.post("/api/v1/auth/token", null, Api.json(Map.of("username", "auth-lockout",
                "password", TestUsers.PASSWORD))).status()).isEqualTo(200);
        var trail = users.as(admin, () -> audit.search(new AuditQuery("auth-lockout", "auth.", null, null), 0, 50));
        assertThat(trail).extracting(e -> e.action())
                .contains("auth.sign_in_failed", "auth.account_locked", "auth.signed_in");
    }

    @Test
    void the_openapi_document_and_health_are_served() {
        Api.Reply openapi = api.get("/api/v1/openapi.json", null);
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.json().get("paths").has("/api/v1/auth/token")).isTrue();
        assertThat(openapi.json().get("paths").has("/api/v1/areas")).isTrue();
        Api.Reply health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
    }
}
