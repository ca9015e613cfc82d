package vn.pulse.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pulse.jooq.Tables.AUDIT_EVENT;
import static vn.pulse.jooq.Tables.RESPONSE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pulse.area.Area;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.support.IntegrationTest;

/** Assignments with quotas, drafts, review and fixing a returned interview, through the services. */
class FieldworkFlowIT extends IntegrationTest {

    @Autowired
    FieldworkFixtures fixtures;
    @Autowired
    AssignmentService assignments;
    @Autowired
    DraftService drafts;
    @Autowired
    ReviewService review;
    @Autowired
    SubmissionService submissions;
    @Autowired
    ResponseEventsProbe events;
    @Autowired
    DSLContext db;

    String surveyor;
    String otherSurveyor;
    String supervisor;
    String otherSupervisor;
    Area commune;
    FormDefinition survey;

    @BeforeEach
    void arrange() {
        surveyor = fixtures.surveyor("fw-flow-a-08", "08");
        otherSurveyor = fixtures.surveyor("fw-flow-b-08", "08");
        supervisor = fixtures.supervisor("fw-flow-sup-08", "08");
        otherSupervisor = fixtures.supervisor("fw-flow-sup-01", "01");
        commune = fixtures.communeOf("08");
        survey = fixtures.publishedSurvey();
    }

    @Test
    void a_stratum_whose_quota_is_reached_refuses_more_interviews_of_the_assignment() {
        Assignment assignment = assign(Map.of("08", 2));
        assertThat(assignment.target()).isEqualTo(2);

        List<SubmissionResult> results = users.as(surveyor, () -> submissions.submit(survey.questionnaireId(), List.of(
                underAssignment(assignment, 30), underAssignment(assignment, 31), underAssignment(assignment, 32))));

        assertThat(results).extracting(SubmissionResult::outcome).containsExactly(SubmissionResult.Outcome.CREATED,
                SubmissionResult.Outcome.CREATED, SubmissionResult.Outcome.REJECTED);
        assertThat(results.get(2).errors()).extracting(SubmissionError::code).containsExactly("quota_full");
        Assignment progress = users.as(surveyor, () -> assignments.mine(assignment.id())).orElseThrow();
        assertThat(progress.done()).isEqualTo(2);
        assertThat(progress.isFull("08")).isTrue();
        SubmissionResult later = users.as(surveyor, () -> submissions.submit(survey.questionnaireId(),
                List.of(underAssignment(assignment, 33)))).getFirst();
        assertThat(later.errors()).extracting(SubmissionError::code).containsExactly("quota_full");
        SubmissionResult notMine = users.as(otherSurveyor, () -> submissions.submit(survey.questionnaireId(),
                List.of(underAssignment(assignment, 34)))).getFirst();
        assertThat(notMine.errors()).extracting(SubmissionError::code).containsExactly("assignment_mismatch");
    }

    @Test
    void a_draft_is_saved_resumed_by_its_surveyor_only_and_submitted_once_under_its_uuid() {
        Assignment assignment = assign(Map.of());
        Draft draft = users.as(surveyor, () -> drafts.start(assignment.id()));
        Map<String, Object> answers = new HashMap<>(FieldworkFixtures.answers(44));
        users.as(surveyor, () -> drafts.save(draft.uuid(), answers, Map.of("sections", Map.of("chung", 20.5))));

        assertThat(users.as(otherSurveyor, () -> drafts.open(draft.uuid()))).isEmpty();
        assertThat(users.as(otherSurveyor, () -> drafts.mine())).extracting(Draft::uuid).doesNotContain(draft.uuid());
        assertThatThrownBy(() -> users.as(otherSurveyor, () -> drafts.save(draft.uuid(), Map.of(), Map.of())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("draft_not_found"));
        Draft resumed = users.as(surveyor, () -> drafts.open(draft.uuid())).orElseThrow();
        assertThat(resumed.answers()).containsEntry("dong_y", "co").containsEntry("tuoi", 44);
        assertThat(resumed.paradata()).containsKey("sections");

        SubmissionResult result = users.as(surveyor, () -> drafts.submit(draft.uuid(), null, "Phone/1", Map.of()));

        assertThat(result.outcome()).isEqualTo(SubmissionResult.Outcome.CREATED);
        var row = db.selectFrom(RESPONSE).where(RESPONSE.UUID.eq(draft.uuid())).fetchSingle();
        assertThat(row.getChannel()).isEqualTo("FORM");
        assertThat(row.getAssignmentId()).isEqualTo(assignment.id());
        assertThat(users.as(surveyor, () -> drafts.open(draft.uuid()))).isEmpty();
    }

    @Test
    void supervisors_review_their_own_area_and_every_decision_is_audited_with_its_event() {
        long id = submitOne(40);
        assertThat(users.as(supervisor, () -> review.queue(ResponseStatus.SUBMITTED, survey.questionnaireId(), 100)))
                .extracting(ResponseSummary::id).contains(id);
        assertThat(users.as(otherSupervisor, () -> review.queue(null, survey.questionnaireId(), 100))).isEmpty();
        assertThatThrownBy(() -> users.as(otherSupervisor, () -> review.approve(id)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("response_not_found"));
        assertThatThrownBy(() -> users.as(supervisor, () -> review.returnToSurveyor(id, " ")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("comment_required"));

        ResponseSummary approved = users.as(supervisor, () -> review.approve(id));

        assertThat(approved.status()).isEqualTo(ResponseStatus.APPROVED);
        assertThat(events.of(id)).extracting(ResponseEventsProbe.Seen::event).containsExactly(
                new ResponseStatusChanged(id, survey.questionnaireId(), null, ResponseStatus.SUBMITTED),
                new ResponseStatusChanged(id, survey.questionnaireId(), ResponseStatus.SUBMITTED, ResponseStatus.APPROVED));
        assertThat(events.of(id)).allMatch(ResponseEventsProbe.Seen::inTransaction);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("response.approved")
                .and(AUDIT_EVENT.TARGET_ID.eq(String.valueOf(id))))).isEqualTo(1);
        assertThatThrownBy(() -> users.as(supervisor, () -> review.approve(id)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("review_not_allowed"));
    }

    @Test
    void a_returned_interview_is_fixed_in_a_draft_and_the_fix_replaces_it() {
        long id = submitOne(40);
        users.as(supervisor, () -> review.returnToSurveyor(id, "Kiểm tra lại tuổi"));
        assertThat(users.as(surveyor, () -> review.mine(ResponseStatus.RETURNED, 10))).extracting(ResponseSummary::id)
                .contains(id);

        Draft fix = users.as(surveyor, () -> drafts.fix(id));
        assertThat(fix.answers()).containsEntry("dong_y", "co").containsEntry("chu_de", List.of("gia_ca", "y_te"))
                .containsEntry("tin_tuong", Map.of("chinh_quyen", "3", "cong_an", "2"));
        assertThat(((Number) fix.answers().get("tuoi")).intValue()).isEqualTo(40);
        Map<String, Object> corrected = new HashMap<>(fix.answers());
        corrected.put("tuoi", 45);
        users.as(surveyor, () -> drafts.save(fix.uuid(), corrected, Map.of()));
        SubmissionResult result = users.as(surveyor, () -> drafts.submit(fix.uuid(), null, null, Map.of()));

        assertThat(result.isCreated()).isTrue();
        var old = db.selectFrom(RESPONSE).where(RESPONSE.ID.eq(id)).fetchSingle();
        assertThat(old.getStatus()).isEqualTo("REJECTED");
        assertThat(users.as(surveyor, () -> review.mine(ResponseStatus.RETURNED, 10))).extracting(ResponseSummary::id)
                .doesNotContain(id);
    }

    private long submitOne(int age) {
        return users.as(surveyor, () -> submissions.submit(survey.questionnaireId(),
                List.of(FieldworkFixtures.valid(commune.code(), FieldworkFixtures.answers(age))))).getFirst().responseId();
    }

    private Assignment assign(Map<String, Integer> quotas) {
        long surveyorId = users.as(surveyor, () -> CurrentUser.require().id());
        LocalDate today = LocalDate.now(vn.pulse.base.Formats.ZONE);
        return users.as(supervisor, () -> assignments.create(new AssignmentDraft(survey.questionnaireId(), surveyorId,
                commune.code(), today.minusDays(1), today.plusDays(7), 10, quotas)));
    }

    private Submission underAssignment(Assignment assignment, int age) {
        return FieldworkFixtures.valid(commune.code(), FieldworkFixtures.answers(age)).withAssignment(assignment.id());
    }
}
