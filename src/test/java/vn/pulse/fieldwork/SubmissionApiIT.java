package vn.pulse.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pulse.jooq.Tables.RESPONSE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.pulse.area.Area;
import vn.pulse.base.security.Role;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.support.Api;
import vn.pulse.support.IntegrationTest;
import vn.pulse.support.TestUsers;

/** POST /api/v1/surveys/{id}/submissions: one or a batch, answered per item. */
class SubmissionApiIT extends IntegrationTest {

    @Autowired
    FieldworkFixtures fixtures;

    @Autowired
    DSLContext db;

    Api api;
    String token;
    Area commune;
    FormDefinition survey;

    @BeforeEach
    void arrange() {
        api = new Api(baseUrl());
        token = api.token(fixtures.surveyor("fw-api-surveyor-08", "08"), TestUsers.PASSWORD);
        commune = fixtures.communeOf("08");
        survey = fixtures.publishedSurvey();
    }

    @Test
    void one_submission_is_created_once_and_sending_it_again_answers_duplicate_with_its_status() {
        String body = Api.json(item(UUID.randomUUID().toString(), 40));

        Api.Reply created = api.post(path(), token, body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("created");
        assertThat(created.json().get("responseStatus").asString()).isEqualTo("submitted");
        long responseId = created.json().get("responseId").asLong();

        Api.Reply again = api.post(path(), token, body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asString()).isEqualTo("duplicate");
        assertThat(again.json().get("responseId").asLong()).isEqualTo(responseId);
        assertThat(again.json().get("responseStatus").asString()).isEqualTo("submitted");
    }

    @Test
    void a_batch_is_answered_per_item_in_order_and_a_bad_item_blocks_no_other() {
        List<Map<String, Object>> batch = new ArrayList<>();
        batch.add(item(UUID.randomUUID().toString(), 30));
        Map<String, Object> tooYoung = item(UUID.randomUUID().toString(), 12);
        batch.add(tooYoung);
        Map<String, Object> badTime = item(UUID.randomUUID().toString(), 35);
        badTime.put("completedAt", "hôm qua");
        batch.add(badTime);
        Map<String, Object> multiple = item(UUID.randomUUID().toString(), 50);
        batch.add(multiple);

        Api.Reply reply = api.send(api.request(path(), token).header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Api.json(batch))));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode items = reply.json();
        assertThat(items).hasSize(4);
        assertThat(items.get(0).get("status").asString()).isEqualTo("created");
        assertThat(items.get(1).get("status").asString()).isEqualTo("rejected");
        JsonNode error = items.get(1).get("errors").get(0);
        assertThat(error.get("question").asString()).isEqualTo("tuoi");
        assertThat(error.get("code").asString()).isEqualTo("constraint");
        assertThat(error.get("message").asString()).isEqualTo("Age 18 to 100");
        assertThat(items.get(2).get("status").asString()).isEqualTo("rejected");
        assertThat(items.get(2).get("errors").get(0).get("code").asString()).isEqualTo("times_invalid");
        assertThat(items.get(3).get("status").asString()).isEqualTo("created");
        for (int i = 0; i < 4; i++) {
            assertThat(items.get(i).get("uuid").asString()).isEqualTo(batch.get(i).get("uuid"));
        }
        assertThat(db.fetchCount(RESPONSE, RESPONSE.UUID.in(batch.stream().map(m -> (String) m.get("uuid")).toList())))
                .isEqualTo(2);
    }

    @Test
    void a_rejected_single_submission_answers_422_and_a_batch_over_1000_is_refused() {
        Api.Reply rejected = api.post(path(), token, Api.json(item("not-a-uuid", 40)));
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.json().get("status").asString()).isEqualTo("rejected");
        assertThat(rejected.json().get("errors").get(0).get("code").asString()).isEqualTo("uuid_invalid");

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(item(UUID.randomUUID().toString(), 40));
        }
        Api.Reply refused = api.post(path(), token, Api.json(tooMany));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("batch_too_large");
    }

    @Test
    void leaders_may_not_submit_and_anonymous_callers_are_refused() {
        String leader = users.ensure("fw-api-leader", Role.LEADER, null);
        String leaderToken = api.token(leader, TestUsers.PASSWORD);
        String body = Api.json(item(UUID.randomUUID().toString(), 40));

        assertThat(api.post(path(), leaderToken, body).status()).isEqualTo(403);
        assertThat(api.post(path(), null, body).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/surveys/999999999/submissions", token, body).code())
                .isEqualTo("questionnaire_not_found");
    }

    private String path() {
        return "/api/v1/surveys/" + survey.questionnaireId() + "/submissions";
    }

    private Map<String, Object> item(String uuid, int age) {
        Map<String, Object> answers = new HashMap<>(FieldworkFixtures.answers(age));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("uuid", uuid);
        item.put("version", survey.version());
        item.put("area", commune.code());
        item.put("startedAt", "2026-11-20T08:00:00+07:00");
        item.put("completedAt", "2026-11-20T08:12:30+07:00");
        item.put("answers", answers);
        item.put("location", Map.of("lat", 21.8, "lon", 105.2, "accuracy", 20));
        return item;
    }
}
