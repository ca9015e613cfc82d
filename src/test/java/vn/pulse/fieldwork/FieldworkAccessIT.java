package vn.pulse.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.pulse.area.Area;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.support.Api;
import vn.pulse.support.IntegrationTest;
import vn.pulse.support.TestUsers;

/** Through the API, a surveyor never sees another's drafts or responses; supervisors only their own area's. */
class FieldworkAccessIT extends IntegrationTest {

    @Autowired
    FieldworkFixtures fixtures;
    @Autowired
    AssignmentService assignments;
    @Autowired
    DraftService drafts;
    @Autowired
    SubmissionService submissions;

    Api api;
    String surveyor;
    String otherSurveyor;
    String supervisor;
    String otherSupervisor;
    Area commune;
    FormDefinition survey;

    @BeforeEach
    void arrange() {
        api = new Api(baseUrl());
        surveyor = fixtures.surveyor("fw-acc-a-08", "08");
        otherSurveyor = fixtures.surveyor("fw-acc-b-08", "08");
        supervisor = fixtures.supervisor("fw-acc-sup-08", "08");
        otherSupervisor = fixtures.supervisor("fw-acc-sup-01", "01");
        commune = fixtures.communeOf("08");
        survey = fixtures.publishedSurvey();
    }

    @Test
    void a_surveyor_never_sees_another_surveyors_drafts_through_the_api() {
        long surveyorId = users.as(surveyor, () -> CurrentUser.require().id());
        LocalDate today = LocalDate.now(vn.pulse.base.Formats.ZONE);
        Assignment assignment = users.as(supervisor, () -> assignments.create(new AssignmentDraft(
                survey.questionnaireId(), surveyorId, commune.code(), today, today.plusDays(3), 5, Map.of())));
        Draft draft = users.as(surveyor, () -> drafts.start(assignment.id()));
        users.as(surveyor, () -> drafts.save(draft.uuid(), new HashMap<>(Map.of("dong_y", "khong")), Map.of()));
        String mine = api.token(surveyor, TestUsers.PASSWORD);
        String theirs = api.token(otherSurveyor, TestUsers.PASSWORD);

        assertThat(api.get("/api/v1/drafts/" + draft.uuid(), mine).json().get("answers").get("dong_y").asString())
                .isEqualTo("khong");
        assertThat(api.get("/api/v1/drafts/" + draft.uuid(), theirs).status()).isEqualTo(404);
        assertThat(uuids(api.get("/api/v1/drafts", mine).json())).contains(draft.uuid());
        assertThat(uuids(api.get("/api/v1/drafts", theirs).json())).doesNotContain(draft.uuid());
    }

    @Test
    void responses_are_read_only_by_their_surveyor_and_the_supervisors_of_their_area() {
        SubmissionResult stored = users.as(surveyor, () -> submissions.submit(survey.questionnaireId(),
                List.of(FieldworkFixtures.valid(commune.code(), FieldworkFixtures.answers(50))))).getFirst();
        long id = stored.responseId();
        String mine = api.token(surveyor, TestUsers.PASSWORD);
        String theirs = api.token(otherSurveyor, TestUsers.PASSWORD);
        String ourSupervisor = api.token(supervisor, TestUsers.PASSWORD);
        String elsewhere = api.token(otherSupervisor, TestUsers.PASSWORD);
        String list = "/api/v1/responses?survey=" + survey.questionnaireId();

        assertThat(api.get("/api/v1/responses/" + id, mine).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/responses/" + id, theirs).status()).isEqualTo(404);
        assertThat(ids(api.get(list, theirs).json())).doesNotContain(id);
        assertThat(ids(api.get(list, mine).json())).contains(id);
        assertThat(api.get("/api/v1/responses/" + id, ourSupervisor).json().get("answers")).isNotEmpty();
        assertThat(ids(api.get(list, ourSupervisor).json())).contains(id);
        assertThat(api.get("/api/v1/responses/" + id, elsewhere).status()).isEqualTo(404);
        assertThat(ids(api.get(list, elsewhere).json())).doesNotContain(id);
        assertThat(api.post("/api/v1/responses/" + id + "/review", elsewhere, "{\"decision\":\"approve\"}").status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/responses/" + id + "/review", theirs, "{\"decision\":\"approve\"}").status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/responses/" + id + "/review", ourSupervisor, "{\"decision\":\"approve\"}")
                .json().get("status").asString()).isEqualTo("approved");
    }

    private static List<String> uuids(JsonNode array) {
        return array.valueStream().map(n -> n.get("uuid").asString()).toList();
    }

    private static List<Long> ids(JsonNode array) {
        return array.valueStream().map(n -> n.get("id").asLong()).toList();
    }
}
