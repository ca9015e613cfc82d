package vn.pulse.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pulse.jooq.Tables.AUDIT_EVENT;
import static vn.pulse.jooq.Tables.RESPONSE;
import static vn.pulse.jooq.Tables.RESPONSE_ANSWER;
import static vn.pulse.jooq.Tables.SURVEY_VARIABLE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.pulse.area.Area;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.Role;
import vn.pulse.fieldwork.SubmissionResult.Outcome;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.support.IntegrationTest;

class SubmissionPipelineIT extends IntegrationTest {

    @Autowired
    SubmissionService submissions;

    @Autowired
    FieldworkFixtures fixtures;

    @Autowired
    ResponseEventsProbe events;

    @Autowired
    DSLContext db;

    String surveyor;
    Area commune;
    FormDefinition survey;

    @BeforeEach
    void arrange() {
        surveyor = fixtures.surveyor("fw-pipe-surveyor-08", "08");
        commune = fixtures.communeOf("08");
        survey = fixtures.publishedSurvey();
    }

    @Test
    void the_same_uuid_sent_from_eight_threads_at_once_makes_one_response() throws Exception {
        Submission submission = FieldworkFixtures.valid(commune.code(), FieldworkFixtures.answers(40));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SubmissionResult>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return users.as(surveyor, () -> submissions.submit(id(), List.of(submission)).getFirst());
                }));
            }
            start.countDown();
            List<SubmissionResult> results = new ArrayList<>();
            for (Future<SubmissionResult> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn(r -> r.outcome() == Outcome.CREATED).hasSize(1);
            assertThat(results).filteredOn(r -> r.outcome() == Outcome.DUPLICATE).hasSize(7);
            assertThat(results).extracting(SubmissionResult::responseId).containsOnly(results.getFirst().responseId());
            assertThat(results).extracting(SubmissionResult::responseStatus).containsOnly(ResponseStatus.SUBMITTED);
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.fetchCount(RESPONSE, RESPONSE.UUID.eq(submission.uuid()))).isEqualTo(1);
        long responseId = db.select(RESPONSE.ID).from(RESPONSE).where(RESPONSE.UUID.eq(submission.uuid()))
                .fetchSingle(RESPONSE.ID);
        // dong_y, tuoi, nam_sinh, two topics, diem, two matrix items: stored once, not eight times
        assertThat(db.fetchCount(RESPONSE_ANSWER, RESPONSE_ANSWER.RESPONSE_ID.eq(responseId))).isEqualTo(8);
        assertThat(events.of(responseId)).hasSize(1);
    }

    @Test
    void a_batch_of_1000_with_10_bad_items_stores_990_and_reports_the_10_with_reasons() {
        List<Submission> batch = new ArrayList<>();
        Map<Integer, String> badQuestion = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            if (i % 100 == 7) {
                boolean constraint = badQuestion.size() % 2 == 0;
                batch.add(FieldworkFixtures.valid(commune.code(), constraint ? FieldworkFixtures.answers(12)
                        : Map.of("dong_y", "co", "tuoi", 30, "diem", 11)));
                badQuestion.put(i, constraint ? "tuoi" : "diem");
            } else {
                batch.add(FieldworkFixtures.valid(commune.code(), FieldworkFixtures.answers(18 + i % 80)));
            }
        }

        List<SubmissionResult> results = users.as(surveyor, () -> submissions.submit(id(), batch));

        assertThat(results).hasSize(1000);
        assertThat(results).filteredOn(SubmissionResult::isCreated).hasSize(990);
        assertThat(results).filteredOn(SubmissionResult::isRejected).hasSize(10);
        for (int i = 0; i < 1000; i++) {
            SubmissionResult r = results.get(i);
            assertThat(r.uuid()).isEqualTo(batch.get(i).uuid());
            if (badQuestion.containsKey(i)) {
                assertThat(r.errors()).extracting(SubmissionError::question).containsExactly(badQuestion.get(i));
                assertThat(r.errors()).extracting(SubmissionError::code)
                        .containsExactly(badQuestion.get(i).equals("tuoi") ? "constraint" : "out_of_range");
                assertThat(r.responseId()).isNull();
            } else {
                assertThat(r.responseId()).isNotNull();
            }
        }
        List<String> uuids = batch.stream().map(Submission::uuid).toList();
        assertThat(db.fetchCount(RESPONSE, RESPONSE.UUID.in(uuids))).isEqualTo(990);
        assertThat(db.fetchCount(RESPONSE_ANSWER, RESPONSE_ANSWER.RESPONSE_ID.in(results.stream()
                .filter(SubmissionResult::isCreated).map(SubmissionResult::responseId).toList()))).isEqualTo(990 * 8);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("response.rejected")
                .and(AUDIT_EVENT.TARGET_ID.eq(String.valueOf(id()))))).isEqualTo(1);
    }

    @Test
    void an_answer_to_a_question_hidden_by_skip_logic_is_not_stored() {
        Map<String, Object> answers = new HashMap<>(FieldworkFixtures.answers(40));
        answers.put("ly_do", "Không đồng ý vì ...");  // asked only when dong_y = khong; here dong_y = co
        Submission submission = FieldworkFixtures.valid(commune.code(), answers);

        SubmissionResult result = users.as(surveyor, () -> submissions.submit(id(), List.of(submission)).getFirst());

        assertThat(result.outcome()).isEqualTo(Outcome.CREATED);
        assertThat(storedVariables(result.responseId())).contains("dong_y", "tuoi").doesNotContain("ly_do");
        assertThat(db.fetchCount(RESPONSE_ANSWER, RESPONSE_ANSWER.RESPONSE_ID.eq(result.responseId())
                .and(RESPONSE_ANSWER.TEXT_VALUE.like("Không đồng ý%")))).isZero();

        Map<String, Object> asked = new HashMap<>(answers);
        asked.put("dong_y", "khong");
        SubmissionResult shown = users.as(surveyor, () -> submissions.submit(id(),
                List.of(FieldworkFixtures.valid(commune.code(), asked))).getFirst());
        assertThat(storedVariables(shown.responseId())).contains("ly_do");
    }

    @Test
    void a_value_outside_a_constraint_is_rejected_with_the_question_name_and_nothing_is_written() {
        Submission submission = FieldworkFixtures.valid(commune.code(), FieldworkFixtures.answers(12));

        SubmissionResult result = users.as(surveyor, () -> submissions.submit(id(), List.of(submission)).getFirst());

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.question()).isEqualTo("tuoi");
            assertThat(e.code()).isEqualTo("constraint");
            assertThat(e.message(vn.pulse.base.i18n.Messages.VIETNAMESE, "vi")).isEqualTo("Tuổi từ 18 đến 100");
        });
        assertThat(db.fetchCount(RESPONSE, RESPONSE.UUID.eq(submission.uuid()))).isZero();
    }

    @Test
    void a_stored_response_has_recomputed_calculations_its_stratum_cluster_and_event_in_the_transaction() {
        Map<String, Object> answers = new HashMap<>(FieldworkFixtures.answers(40));
        answers.put("nam_sinh", 1900);  // the client's value of a calculation is never trusted
        Submission submission = FieldworkFixtures.valid(commune.code(), answers)
                .withLocation(new Location(21.82, 105.21, 15.0)).withParadata("Test/1.0", Map.of("sections",
                        Map.of("chung", 12.5)));

        SubmissionResult result = users.as(surveyor, () -> submissions.submit(id(), List.of(submission)).getFirst());

        long responseId = result.responseId();
        var row = db.selectFrom(RESPONSE).where(RESPONSE.ID.eq(responseId)).fetchSingle();
        assertThat(row.getStratum()).isEqualTo("08");
        assertThat(row.getCluster()).isEqualTo(commune.code());
        assertThat(row.getAreaPath()).isEqualTo(commune.path());
        assertThat(row.getChannel()).isEqualTo("API");
        assertThat(row.getStatus()).isEqualTo("SUBMITTED");
        assertThat(row.getDurationSeconds()).isEqualTo(600);
        assertThat(row.getLatitude()).isEqualTo(21.82);
        assertThat(row.getUserAgent()).isEqualTo("Test/1.0");
        assertThat(row.getParadata()).contains("\"chung\":12.5");
        assertThat(row.getVersionNumber()).isEqualTo(survey.version());
        assertThat(answer(responseId, "nam_sinh", "", "").getNumValue()).isEqualTo(1986.0);
        assertThat(answer(responseId, "tuoi", "", "").getNumValue()).isEqualTo(40.0);
        assertThat(answer(responseId, "dong_y", "", "co")).isNotNull();
        assertThat(answer(responseId, "chu_de", "", "y_te")).isNotNull();
        assertThat(answer(responseId, "tin_tuong", "chinh_quyen", "3").getNumValue()).isEqualTo(3.0);
        assertThat(db.select(SURVEY_VARIABLE.TYPE).from(SURVEY_VARIABLE).where(SURVEY_VARIABLE.QUESTIONNAIRE_ID.eq(id()),
                SURVEY_VARIABLE.NAME.eq("tin_tuong")).fetchSingle().value1()).isEqualTo("matrix");
        assertThat(events.of(responseId)).singleElement().satisfies(seen -> {
            assertThat(seen.inTransaction()).isTrue();
            assertThat(seen.event()).isEqualTo(new ResponseStatusChanged(responseId, id(), null, ResponseStatus.SUBMITTED));
        });
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("response.submitted")
                .and(AUDIT_EVENT.TARGET_ID.eq(String.valueOf(id()))))).isEqualTo(1);
    }

    @Test
    void a_surveyor_cannot_submit_for_an_area_outside_their_own() {
        Area elsewhere = fixtures.communeOf("01");
        SubmissionResult result = users.as(surveyor, () -> submissions.submit(id(),
                List.of(FieldworkFixtures.valid(elsewhere.code(), FieldworkFixtures.answers(40))))).getFirst();

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.errors()).extracting(SubmissionError::code).containsExactly("area_outside_scope");
    }

    @Test
    void a_leader_cannot_submit_and_a_batch_over_1000_is_refused_whole() {
        String leader = users.ensure("fw-pipe-leader", Role.LEADER, null);
        assertThatThrownBy(() -> users.as(leader, () -> submissions.submit(id(),
                List.of(FieldworkFixtures.valid(commune.code(), FieldworkFixtures.answers(40))))))
                .isInstanceOf(AccessDeniedException.class);

        List<Submission> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(FieldworkFixtures.valid(commune.code(), FieldworkFixtures.answers(40)));
        }
        assertThatThrownBy(() -> users.as(surveyor, () -> submissions.submit(id(), tooMany)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("batch_too_large"));
        assertThat(db.fetchCount(RESPONSE, RESPONSE.UUID.eq(tooMany.getFirst().uuid()))).isZero();
    }

    @Test
    void paper_questionnaires_are_entered_for_a_surveyor_and_a_form_number_is_taken_once() {
        String supervisor = fixtures.supervisor("fw-pipe-supervisor-08", "08");
        long collectorId = users.as(surveyor, () -> vn.pulse.base.security.CurrentUser.require().id());
        Submission first = FieldworkFixtures.valid(commune.code(), FieldworkFixtures.answers(40)).withFormNumber("TQ-0001");
        Submission again = FieldworkFixtures.valid(commune.code(), FieldworkFixtures.answers(41)).withFormNumber("TQ-0001");

        List<SubmissionResult> results = users.as(supervisor,
                () -> submissions.submitFor(id(), collectorId, Channel.PAPER, List.of(first, again)));

        assertThat(results).extracting(SubmissionResult::outcome).containsExactly(Outcome.CREATED, Outcome.REJECTED);
        assertThat(results.get(1).errors()).extracting(SubmissionError::code).containsExactly("form_number_taken");
        var row = db.selectFrom(RESPONSE).where(RESPONSE.ID.eq(results.getFirst().responseId())).fetchSingle();
        assertThat(row.getCollectorId()).isEqualTo(collectorId);
        assertThat(row.getEnteredBy()).isNotEqualTo(collectorId);
        assertThat(row.getChannel()).isEqualTo("PAPER");
        assertThat(row.getFormNumber()).isEqualTo("TQ-0001");
        SubmissionResult later = users.as(supervisor, () -> submissions.submitFor(id(), collectorId, Channel.PAPER,
                List.of(FieldworkFixtures.valid(commune.code(), FieldworkFixtures.answers(42)).withFormNumber("TQ-0001"))))
                .getFirst();
        assertThat(later.errors()).extracting(SubmissionError::code).containsExactly("form_number_taken");
    }

    private long id() {
        return survey.questionnaireId();
    }

    private List<String> storedVariables(long responseId) {
        return db.select(SURVEY_VARIABLE.NAME).from(RESPONSE_ANSWER).join(SURVEY_VARIABLE)
                .on(SURVEY_VARIABLE.ID.eq(RESPONSE_ANSWER.VARIABLE_ID))
                .where(RESPONSE_ANSWER.RESPONSE_ID.eq(responseId)).fetch(SURVEY_VARIABLE.NAME);
    }

    private vn.pulse.jooq.tables.records.ResponseAnswerRecord answer(long responseId, String name, String item,
            String choice) {
        return db.select(RESPONSE_ANSWER.fields()).from(RESPONSE_ANSWER).join(SURVEY_VARIABLE)
                .on(SURVEY_VARIABLE.ID.eq(RESPONSE_ANSWER.VARIABLE_ID))
                .where(RESPONSE_ANSWER.RESPONSE_ID.eq(responseId), SURVEY_VARIABLE.NAME.eq(name),
                        RESPONSE_ANSWER.ITEM.eq(item), RESPONSE_ANSWER.CHOICE.eq(choice))
                .fetchOneInto(RESPONSE_ANSWER);
    }
}
