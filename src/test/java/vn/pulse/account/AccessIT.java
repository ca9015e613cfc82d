package vn.pulse.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.pulse.audit.AuditQuery;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.security.Role;
import vn.pulse.support.Api;
import vn.pulse.support.IntegrationTest;
import vn.pulse.support.TestUsers;

/** Roles and areas are enforced by the services themselves, whatever door a request comes in by. */
class AccessIT extends IntegrationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(baseUrl());
    }

    @Test
    void a_surveyor_gets_403_from_administrator_apis() {
        users.ensure("access-surveyor", Role.SURVEYOR, "08");
        String token = api.token("access-surveyor", TestUsers.PASSWORD);
        Api.Reply list = api.get("/api/v1/users", token);
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.contentType()).startsWith("application/problem+json");
        assertThat(list.code()).isEqualTo("forbidden");
        Api.Reply create = api.post("/api/v1/users", token, Api.json(Map.of("username", "sneaky", "displayName", "X",
                "role", "ADMIN", "password", "long-enough-1")));
        assertThat(create.status()).isEqualTo(403);
    }

    @Test
    void a_surveyor_cannot_call_administrator_services() {
        users.ensure("access-surveyor-2", Role.SURVEYOR, "08");
        assertThatThrownBy(() -> users.as("access-surveyor-2", () -> accounts.list(null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("access-surveyor-2", () -> audit.search(AuditQuery.ALL, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_provincial_admin_creates_accounts_only_inside_their_province() {
        users.ensure("access-admin-08", Role.ADMIN, "08");
        String token = api.token("access-admin-08", TestUsers.PASSWORD);
        Api.Reply inside = api.post("/api/v1/users", token, Api.json(Map.of("username", "ctv-tq-1",
                "displayName", "Cộng tác viên Tuyên Quang", "role", "SURVEYOR", "areaCode", "08", "password", "mat-khau-dai")));
        assertThat(inside.status()).isEqualTo(201);
        Api.Reply outside = api.post("/api/v1/users", token, Api.json(Map.of("username", "ctv-hn-1",
                "displayName", "Cộng tác viên Hà Nội", "role", "SURVEYOR", "areaCode", "01", "password", "mat-khau-dai")));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.code()).isEqualTo("area_unknown");
        Api.Reply national = api.post("/api/v1/users", token, Api.json(Map.of("username", "lanhdao-tw",
                "displayName", "Lãnh đạo", "role", "LEADER", "password", "mat-khau-dai")));
        assertThat(national.status()).isEqualTo(403);
        Api.Reply listed = api.get("/api/v1/users", token);
        assertThat(listed.json()).allSatisfy(u -> assertThat(u.get("areaCode").asString()).isEqualTo("08"));
    }

    @Test
    void weak_passwords_and_taken_usernames_are_refused_with_codes() {
        users.ensure("access-admin", Role.ADMIN, null);
        String token = api.token("access-admin", TestUsers.PASSWORD);
        Api.Reply weak = api.post("/api/v1/users", token, Api.json(Map.of("username", "weak-user",
                "displayName", "Yếu", "role", "LEADER", "password", "short")));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.code()).isEqualTo("password_weak");
        Api.Reply taken = api.post("/api/v1/users", token, Api.json(Map.of("username", "access-admin",
                "displayName", "Trùng", "role", "LEADER", "password", "long-enough-1")));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("username_taken");
    }
}
