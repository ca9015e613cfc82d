package vn.pulse.questionnaire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.pulse.base.security.Role;
import vn.pulse.support.Api;
import vn.pulse.support.IntegrationTest;
import vn.pulse.support.TestUsers;

/** The survey API end to end: JSON definitions in and out, XLSForm upload, publishing, roles. */
class SurveyApiIT extends IntegrationTest {

    Api api;
    String admin;
    String surveyor;

    @BeforeEach
    void tokens() {
        api = new Api(baseUrl());
        users.ensure("survey-api-admin", Role.ADMIN, null);
        users.ensure("survey-api-surveyor", Role.SURVEYOR, "08");
        admin = api.token("survey-api-admin", TestUsers.PASSWORD);
        surveyor = api.token("survey-api-surveyor", TestUsers.PASSWORD);
    }

    static String definition(String name, String relevant) {
        return Api.json(Map.of(
                "name", name,
                "title", "Khảo sát qua API",
                "languages", List.of("vi", "en"),
                "samplingPlan", Map.of("type", "stratified", "stratifyBy", "gioi_tinh", "strata", List.of(
                        Map.of("code", "nam", "population", 4421, "target", 100),
                        Map.of("code", "nu", "population", 4650, "target", 100))),
                "questions", List.of(
                        Map.of("name", "gioi_tinh", "type", "select_one", "label", Map.of("vi", "Giới tính", "en", "Sex"),
                                "required", true, "choices", List.of(Map.of("name", "nam", "label", "Nam"),
                                        Map.of("name", "nu", "label", Map.of("vi", "Nữ", "en", "Female")))),
                        Map.of("name", "tuoi", "type", "integer", "label", "Tuổi", "constraint", ". >= 15"),
                        Map.of("name", "ly_do", "type", "text", "label", "Lý do", "relevant", relevant))));
    }

    @Test
    void an_administrator_creates_publishes_and_everyone_reads_the_published_definition() {
        Api.Reply created = api.post("/api/v1/surveys", admin, definition("api_ks_1", "${tuoi} >= 60"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode draft = created.json();
        long id = draft.get("id").asLong();
        assertThat(draft.get("version").asInt()).isEqualTo(1);
        assertThat(draft.get("status").asString()).isEqualTo("draft");

        Api.Reply unpublished = api.get("/api/v1/surveys/" + id, surveyor);
        assertThat(unpublished.status()).isEqualTo(404);
        assertThat(unpublished.code()).isEqualTo("questionnaire_not_published");

        Api.Reply published = api.post("/api/v1/surveys/" + id + "/publish", admin, "");
        assertThat(published.status()).isEqualTo(200);
        JsonNode read = api.get("/api/v1/surveys/" + id, surveyor).json();
        assertThat(read.get("version").asInt()).isEqualTo(1);
        assertThat(read.get("status").asString()).isEqualTo("published");
        assertThat(read.get("title").get("vi").asString()).isEqualTo("Khảo sát qua API");
        assertThat(read.get("samplingPlan").get("type").asString()).isEqualTo("stratified");
        assertThat(read.get("samplingPlan").get("strata").get(0).get("population").asLong()).isEqualTo(4421);
        JsonNode questions = read.get("questions");
        assertThat(questions).hasSize(3);
        assertThat(questions.get(0).get("type").asString()).isEqualTo("select_one");
        assertThat(questions.get(0).get("choices").get(1).get("label").get("en").asString()).isEqualTo("Female");
        assertThat(questions.get(2).get("relevant").asString()).isEqualTo("${tuoi} >= 60");

        JsonNode listed = api.get("/api/v1/surveys", surveyor).json();
        assertThat(listed.valueStream().map(n -> n.get("name").asString())).contains("api_ks_1");
    }

    @Test
    void publishing_a_broken_definition_lists_each_problem_with_its_position() {
        long id = api.post("/api/v1/surveys", admin, definition("api_ks_2", "${tuoi} >= ")).json().get("id").asLong();
        Api.Reply refused = api.post("/api/v1/surveys/" + id + "/publish", admin, "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("questionnaire_invalid");
        JsonNode problem = refused.json().get("problems").get(0);
        assertThat(problem.get("subject").asString()).isEqualTo("ly_do");
        assertThat(problem.get("field").asString()).isEqualTo("relevant");
        assertThat(problem.get("position").asInt()).isEqualTo(10);
        assertThat(problem.get("detail").asString()).contains("11");
    }

    @Test
    void malformed_definitions_and_other_roles_are_refused() {
        Api.Reply unknownType = api.post("/api/v1/surveys", admin, Api.json(Map.of("name", "api_ks_3", "title", "X",
                "questions", List.of(Map.of("name", "q", "type", "geopoint", "label", "Q")))));
        assertThat(unknownType.status()).isEqualTo(422);
        assertThat(unknownType.code()).isEqualTo("questionnaire_type_unknown");
        Api.Reply badLabel = api.post("/api/v1/surveys", admin, Api.json(Map.of("name", "api_ks_4", "title", 42,
                "questions", List.of())));
        assertThat(badLabel.code()).isEqualTo("questionnaire_text_invalid");
        Api.Reply surveyorCreates = api.post("/api/v1/surveys", surveyor, definition("api_ks_5", "${tuoi} > 1"));
        assertThat(surveyorCreates.status()).isEqualTo(403);
        Api.Reply taken = api.post("/api/v1/surveys", admin, definition("api_ks_6", "${tuoi} > 1"));
        assertThat(taken.status()).isEqualTo(201);
        assertThat(api.post("/api/v1/surveys", admin, definition("api_ks_6", "${tuoi} > 1")).status()).isEqualTo(409);
    }

    @Test
    void an_xlsform_upload_creates_a_draft_or_lists_its_problems_by_cell() {
        byte[] good = vn.pulse.questionnaire.xlsform.XlsFormFiles.simple("api_xls_1", "${tuoi} >= 18");
        Api.Reply created = upload(good, "phieu.xlsx");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("name").asString()).isEqualTo("api_xls_1");
        assertThat(created.json().get("questions").get(1).get("relevant").asString()).isEqualTo("${tuoi} >= 18");

        Api.Reply refused = upload(vn.pulse.questionnaire.xlsform.XlsFormFiles.simple("api_xls_2", "${tuoi} >>"), "xau.xlsx");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("xlsform_invalid");
        JsonNode problem = refused.json().get("problems").get(0);
        assertThat(problem.get("sheet").asString()).isEqualTo("survey");
        assertThat(problem.get("row").asInt()).isEqualTo(3);
        assertThat(problem.get("cell").asString()).isEqualTo("D3");

        Api.Reply exported = api.send(api.request("/api/v1/surveys/" + created.json().get("id").asLong()
                + "/xlsform?version=1", admin).GET());
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.contentType()).contains("spreadsheetml");
    }

    @Test
    void the_openapi_description_documents_the_survey_endpoints() {
        JsonNode doc = api.get("/api/v1/openapi.json", null).json();
        assertThat(doc.get("paths").propertyNames()).contains("/api/v1/surveys", "/api/v1/surveys/{id}",
                "/api/v1/surveys/import", "/api/v1/surveys/{id}/publish");
        assertThat(doc.get("components").get("schemas").propertyNames()).contains("SurveyDocument");
    }

    private Api.Reply upload(byte[] file, String name) {
        String boundary = "pulse-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.request("/api/v1/surveys/import", admin)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
