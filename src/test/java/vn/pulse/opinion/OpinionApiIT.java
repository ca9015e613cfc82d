package vn.pulse.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.pulse.support.Api;
import vn.pulse.support.IntegrationTest;
import vn.pulse.support.TestUsers;

/** The REST API: submit once per uuid, read within one's own area. Provinces 31 and 33. */
class OpinionApiIT extends IntegrationTest {

    @Autowired
    OpinionFixtures fixtures;

    Api api;
    String collaborator;
    String otherCollaborator;
    String supervisor;
    String otherSupervisor;

    @BeforeEach
    void arrange() {
        api = new Api(baseUrl());
        collaborator = fixtures.collaborator("api-ctv-31", "31");
        otherCollaborator = fixtures.collaborator("api-ctv-31b", "31");
        supervisor = fixtures.supervisor("api-sup-31", "31");
        otherSupervisor = fixtures.supervisor("api-sup-33", "33");
    }

    @Test
    void a_report_is_created_once_and_a_resend_answers_duplicate() {
        String token = api.token(collaborator, TestUsers.PASSWORD);
        String body = report(UUID.randomUUID().toString(), "31");
        Api.Reply created = api.post("/api/v1/opinion-reports", token, body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("created");
        assertThat(created.json().get("reportStatus").asString()).isEqualTo("submitted");
        long id = created.json().get("id").asLong();

        Api.Reply again = api.post("/api/v1/opinion-reports", token, body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asString()).isEqualTo("duplicate");
        assertThat(again.json().get("id").asLong()).isEqualTo(id);

        Api.Reply read = api.get("/api/v1/opinion-reports/" + id, token);
        assertThat(read.status()).isEqualTo(200);
        JsonNode stream = read.json().get("streams").get(0);
        assertThat(stream.get("topic").asString()).isEqualTo("gia_ca");
        assertThat(stream.get("topicName").asString()).isEqualTo("Giá cả, xăng dầu, điện");
        assertThat(stream.get("holderGroups")).hasSize(2);
    }

    @Test
    void a_bad_report_is_rejected_with_422_and_every_field_named_in_the_callers_language() {
        String token = api.token(collaborator, TestUsers.PASSWORD);
        String body = Api.json(Map.of("uuid", "not-a-uuid", "kind", "periodic", "period", "2026-13", "area", "33",
                "streams", List.of(Map.of("topic", "gia_ca", "intensity", 7))));
        Api.Reply rejected = api.send(api.request("/api/v1/opinion-reports", token)
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
        assertThat(rejected.status()).isEqualTo(422);
        JsonNode reply = rejected.json();
        assertThat(reply.get("status").asString()).isEqualTo("rejected");
        assertThat(reply.get("id").isNull()).isTrue();
        List<String> fields = StreamSupport.stream(reply.get("errors").spliterator(), false)
                .map(e -> e.get("field").asString()).toList();
        assertThat(fields).contains("uuid", "period", "area", "streams[0].direction", "streams[0].intensity",
                "streams[0].summary");
        assertThat(reply.get("errors").get(0).get("message").asString()).isNotBlank().doesNotStartWith("opinion.");
        assertThat(rejected.body()).contains("outside your area");
    }

    @Test
    void each_caller_lists_only_what_they_may_see() {
        String token = api.token(collaborator, TestUsers.PASSWORD);
        long mine = api.post("/api/v1/opinion-reports", token, report(UUID.randomUUID().toString(), "31")).json()
                .get("id").asLong();

        assertThat(ids(api.get("/api/v1/opinion-reports", token))).contains(mine);
        String otherToken = api.token(otherCollaborator, TestUsers.PASSWORD);
        assertThat(ids(api.get("/api/v1/opinion-reports", otherToken))).doesNotContain(mine);
        assertThat(api.get("/api/v1/opinion-reports/" + mine, otherToken).status()).isEqualTo(404);

        String supervisorToken = api.token(supervisor, TestUsers.PASSWORD);
        assertThat(ids(api.get("/api/v1/opinion-reports?status=submitted", supervisorToken))).contains(mine);
        String farToken = api.token(otherSupervisor, TestUsers.PASSWORD);
        assertThat(ids(api.get("/api/v1/opinion-reports", farToken))).doesNotContain(mine);
        Api.Reply far = api.get("/api/v1/opinion-reports/" + mine, farToken);
        assertThat(far.status()).isEqualTo(404);
        assertThat(far.code()).isEqualTo("report_not_found");
        assertThat(api.get("/api/v1/opinion-reports?status=nonsense", supervisorToken).code()).isEqualTo("filter_invalid");
    }

    @Test
    void only_collaborators_submit_and_everyone_must_sign_in() {
        String supervisorToken = api.token(supervisor, TestUsers.PASSWORD);
        Api.Reply refused = api.post("/api/v1/opinion-reports", supervisorToken, report(UUID.randomUUID().toString(), "31"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/opinion-reports", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/opinion-topics", null).status()).isEqualTo(401);
    }

    @Test
    void the_topic_taxonomy_lists_groups_and_their_topics() {
        JsonNode topics = api.get("/api/v1/opinion-topics", api.token(collaborator, TestUsers.PASSWORD)).json();
        List<String> codes = StreamSupport.stream(topics.spliterator(), false).map(t -> t.get("code").asString()).toList();
        assertThat(codes).contains("kinh_te_doi_song", "gia_ca", "dat_dai", "phong_chong_tham_nhung", "sap_xep_bo_may",
                "y_te", "giao_duc", "moi_truong_nuoc", "thien_tai", "toi_pham_tin_dung_den", "an_toan_thuc_pham",
                "dan_toc_ton_giao", "dai_hoi_dang", "ky_hop_quoc_hoi", "thong_tin_mang_tin_don");
        assertThat(codes.indexOf("kinh_te_doi_song")).isLessThan(codes.indexOf("gia_ca"));
        JsonNode prices = topics.get(codes.indexOf("gia_ca"));
        assertThat(prices.get("group").asString()).isEqualTo("kinh_te_doi_song");
        assertThat(prices.get("nameEn").asString()).isEqualTo("Prices, petrol and electricity");
    }

    private static String report(String uuid, String area) {
        return Api.json(Map.of("uuid", uuid, "kind", "urgent", "title", "Giá xăng", "area", area,
                "streams", List.of(Map.ofEntries(Map.entry("topic", "gia_ca"), Map.entry("direction", "phan_doi"),
                        Map.entry("valence", "tieu_cuc"), Map.entry("intensity", 4), Map.entry("breadth", "da_so"),
                        Map.entry("holderGroups", List.of("nong_dan", "cong_nhan")), Map.entry("moods", List.of("lo_lang")),
                        Map.entry("sourceType", "mang_xa_hoi"), Map.entry("rumour", true),
                        Map.entry("summary", "Bà con lo giá xăng tăng tiếp."), Map.entry("proposals", "Bình ổn giá.")))));
    }

    private static List<Long> ids(Api.Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        return StreamSupport.stream(reply.json().spliterator(), false).map(r -> r.get("id").asLong()).toList();
    }
}
