package vn.pulse.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pulse.jooq.Tables.OPINION_REPORT;
import static vn.pulse.jooq.Tables.OPINION_STREAM;
import static vn.pulse.opinion.OpinionFixtures.periodic;
import static vn.pulse.opinion.OpinionFixtures.stream;
import static vn.pulse.opinion.OpinionFixtures.thisMonth;
import static vn.pulse.opinion.OpinionFixtures.urgent;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.pulse.base.DomainException;
import vn.pulse.opinion.SubmissionResult.Outcome;
import vn.pulse.support.IntegrationTest;

/** Collaborators file reports: validated, stored once per uuid, drafts private to their author. Province 14. */
class OpinionSubmissionIT extends IntegrationTest {

    @Autowired
    OpinionReportService reports;

    @Autowired
    OpinionFixtures fixtures;

    @Autowired
    DSLContext db;

    String collaborator;
    String other;
    String commune;

    @BeforeEach
    void accounts() {
        collaborator = fixtures.collaborator("sub-ctv-14", "14");
        other = fixtures.collaborator("sub-ctv-14b", "14");
        commune = fixtures.communeOf("14");
    }

    @Test
    void a_periodic_report_with_two_streams_is_stored_and_read_back() {
        ReportInput input = urgent("Giá xăng tăng", commune, stream("gia_ca", Direction.OPPOSE, Valence.NEGATIVE),
                stream("y_te", Direction.APPROVE, Valence.POSITIVE));
        SubmissionResult result = users.as(collaborator, () -> reports.submit(input));
        assertThat(result.outcome()).isEqualTo(Outcome.CREATED);
        assertThat(result.reportStatus()).isEqualTo(ReportStatus.SUBMITTED);

        OpinionReport stored = users.as(collaborator, () -> reports.mine(input.uuid())).orElseThrow();
        assertThat(stored.areaCode()).isEqualTo(commune);
        assertThat(stored.title()).isEqualTo("Giá xăng tăng");
        assertThat(stored.period()).isEqualTo(thisMonth());
        assertThat(stored.streams()).hasSize(2);
        OpinionStream first = stored.streams().getFirst();
        assertThat(first.topic().code()).isEqualTo("gia_ca");
        assertThat(first.direction()).isEqualTo(Direction.OPPOSE);
        assertThat(first.intensity()).isEqualTo(Intensity.CONCERNED);
        assertThat(first.holderGroups()).containsExactlyInAnyOrder(HolderGroup.FARMERS, HolderGroup.RETIREES);
        assertThat(first.moods()).containsExactly(Mood.WORRIED);
        assertThat(stored.streams().get(1).valence()).isEqualTo(Valence.POSITIVE);
        assertThat(stored.author().name()).isEqualTo("Người thử sub-ctv-14");
    }

    @Test
    void resubmitting_the_same_uuid_answers_duplicate_with_the_first_status_and_stores_nothing_new() {
        ReportInput input = urgent("Sạt lở", commune, stream("thien_tai", Direction.UNDECIDED, Valence.NEGATIVE));
        SubmissionResult first = users.as(collaborator, () -> reports.submit(input));
        ReportInput changed = new ReportInput(input.uuid(), input.kind(), input.period(), "Đổi tiêu đề", input.area(),
                input.streams());
        SubmissionResult again = users.as(collaborator, () -> reports.submit(changed));
        assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(again.reportId()).isEqualTo(first.reportId());
        assertThat(again.reportStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(db.fetchCount(OPINION_REPORT, OPINION_REPORT.UUID.eq(input.uuid()))).isEqualTo(1);
        assertThat(users.as(collaborator, () -> reports.mine(input.uuid())).orElseThrow().title()).isEqualTo("Sạt lở");
    }

    @Test
    void eight_threads_submitting_one_uuid_at_once_make_one_report() throws Exception {
        ReportInput input = urgent("Tin đồn", commune, stream("thong_tin_mang_tin_don", Direction.UNDECIDED,
                Valence.NEGATIVE));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SubmissionResult>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return users.as(collaborator, () -> reports.submit(input));
                }));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<SubmissionResult> result : results) {
                outcomes.add(result.get().outcome());
            }
            assertThat(outcomes).containsOnlyOnce(Outcome.CREATED);
            assertThat(outcomes).filteredOn(o -> o == Outcome.DUPLICATE).hasSize(7);
        }
        assertThat(db.fetchCount(OPINION_REPORT, OPINION_REPORT.UUID.eq(input.uuid()))).isEqualTo(1);
        long id = db.select(OPINION_REPORT.ID).from(OPINION_REPORT).where(OPINION_REPORT.UUID.eq(input.uuid())).fetchOne(OPINION_REPORT.ID);
        assertThat(db.fetchCount(OPINION_STREAM, OPINION_STREAM.REPORT_ID.eq(id))).isEqualTo(1);
    }

    @Test
    void an_invalid_report_is_rejected_with_each_field_named_and_nothing_is_written() {
        StreamInput bad = new StreamInput("khong_co", "dong_y", Valence.NEGATIVE.code(), 9, null, List.of(), List.of("vui"),
                "01", null, SourceType.PRESS.code(), false, " ", null);
        ReportInput input = new ReportInput(java.util.UUID.randomUUID().toString(), "periodic",
                thisMonth().plusMonths(1).toString(), null, "01", List.of(stream("gia_ca", Direction.OPPOSE,
                        Valence.NEGATIVE), bad));
        int before = db.fetchCount(OPINION_REPORT);
        SubmissionResult result = users.as(collaborator, () -> reports.submit(input));
        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.reportId()).isNull();
        assertThat(result.errors()).extracting(FieldError::field, FieldError::code).contains(
                org.assertj.core.groups.Tuple.tuple("period", "period_future"),
                org.assertj.core.groups.Tuple.tuple("area", "area_out_of_scope"),
                org.assertj.core.groups.Tuple.tuple("streams[1].topic", "topic_unknown"),
                org.assertj.core.groups.Tuple.tuple("streams[1].direction", "unknown_code"),
                org.assertj.core.groups.Tuple.tuple("streams[1].intensity", "out_of_range"),
                org.assertj.core.groups.Tuple.tuple("streams[1].breadth", "required"),
                org.assertj.core.groups.Tuple.tuple("streams[1].holderGroups", "required"),
                org.assertj.core.groups.Tuple.tuple("streams[1].moods", "unknown_code"),
                org.assertj.core.groups.Tuple.tuple("streams[1].placeArea", "area_out_of_scope"),
                org.assertj.core.groups.Tuple.tuple("streams[1].summary", "required"));
        assertThat(result.errors()).noneMatch(e -> e.field().startsWith("streams[0]"));
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.message(java.util.Locale.ENGLISH)).doesNotStartWith("opinion."));
        assertThat(db.fetchCount(OPINION_REPORT)).isEqualTo(before);
        assertThat(db.fetchCount(OPINION_REPORT, OPINION_REPORT.UUID.eq(input.uuid()))).isZero();
    }

    @Test
    void a_second_periodic_report_for_the_same_month_is_rejected() {
        String author = fixtures.collaborator("sub-ctv-14c", "14");
        YearMonth month = thisMonth();
        assertThat(users.as(author, () -> reports.submit(periodic(month, "14",
                stream("dat_dai", Direction.OPPOSE, Valence.NEGATIVE)))).outcome()).isEqualTo(Outcome.CREATED);
        SubmissionResult second = users.as(author, () -> reports.submit(periodic(month, "14",
                stream("dat_dai", Direction.OPPOSE, Valence.NEGATIVE))));
        assertThat(second.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(second.errors()).extracting(FieldError::code).containsExactly("period_already_reported");
    }

    @Test
    void a_uuid_another_collaborator_used_is_refused() {
        ReportInput input = urgent("Bão", commune, stream("thien_tai", Direction.UNDECIDED, Valence.NEGATIVE));
        users.as(collaborator, () -> reports.submit(input));
        SubmissionResult stolen = users.as(other, () -> reports.submit(input));
        assertThat(stolen.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(stolen.errors()).extracting(FieldError::code).containsExactly("uuid_taken");
        assertThat(stolen.reportId()).isNull();
    }

    @Test
    void a_draft_autosaves_incomplete_resumes_and_is_submitted_under_its_uuid() {
        OpinionReport draft = users.as(collaborator, () -> reports.startUrgent());
        assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(draft.areaCode()).isEqualTo("14");
        StreamInput half = new StreamInput("gia_ca", Direction.OPPOSE.code(), null, null, null, List.of(), List.of(),
                null, null, null, false, "Mới ghi được một nửa", null);
        ReportInput saved = new ReportInput(draft.uuid(), "urgent", null, "Điện tăng giá", commune, List.of(half));
        assertThat(users.as(collaborator, () -> reports.saveDraft(saved))).isEmpty();
        OpinionReport resumed = users.as(collaborator, () -> reports.mine(draft.uuid())).orElseThrow();
        assertThat(resumed.streams()).singleElement().satisfies(s -> {
            assertThat(s.summary()).isEqualTo("Mới ghi được một nửa");
            assertThat(s.valence()).isNull();
        });
        SubmissionResult incomplete = users.as(collaborator, () -> reports.submit(saved));
        assertThat(incomplete.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(incomplete.reportStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(users.as(collaborator, () -> reports.mine(draft.uuid())).orElseThrow().status()).isEqualTo(ReportStatus.DRAFT);

        ReportInput complete = new ReportInput(draft.uuid(), "urgent", null, "Điện tăng giá", commune,
                List.of(stream("gia_ca", Direction.OPPOSE, Valence.NEGATIVE)));
        assertThat(users.as(collaborator, () -> reports.submit(complete)).outcome()).isEqualTo(Outcome.CREATED);
        assertThatThrownBy(() -> users.as(collaborator, () -> reports.saveDraft(complete)))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("report_not_editable");
    }

    @Test
    void a_draft_value_that_cannot_be_kept_is_refused_and_the_draft_stays_as_it_was() {
        OpinionReport draft = users.as(collaborator, () -> reports.startUrgent());
        StreamInput huge = new StreamInput(null, null, null, null, null, List.of(), List.of(), null, null, null, false,
                "x".repeat(StreamInput.MAX_TEXT + 1), null);
        List<FieldError> errors = users.as(collaborator, () -> reports.saveDraft(
                new ReportInput(draft.uuid(), "urgent", null, null, commune, List.of(huge))));
        assertThat(errors).extracting(FieldError::field).containsExactly("streams[0].summary");
        assertThat(users.as(collaborator, () -> reports.mine(draft.uuid())).orElseThrow().streams()).isEmpty();
    }

    @Test
    void a_collaborator_never_sees_or_touches_another_collaborators_drafts_and_reports() {
        OpinionReport draft = users.as(collaborator, () -> reports.startUrgent());
        assertThat(users.as(other, () -> reports.mine(draft.uuid()))).isEmpty();
        assertThat(users.as(other, () -> reports.myReports())).extracting(ReportSummary::uuid).doesNotContain(draft.uuid());
        assertThatThrownBy(() -> users.as(other, () -> reports.saveDraft(new ReportInput(draft.uuid(), "urgent", null,
                "chiếm", commune, List.of())))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> users.as(other, () -> reports.discardDraft(draft.uuid()))).isInstanceOf(DomainException.class);
        users.as(collaborator, () -> reports.discardDraft(draft.uuid()));
        assertThat(users.as(collaborator, () -> reports.mine(draft.uuid()))).isEmpty();
    }

    @Test
    void only_collaborators_file_reports() {
        String supervisor = fixtures.supervisor("sub-sup-14", "14");
        assertThatThrownBy(() -> users.as(supervisor, () -> reports.startUrgent())).isInstanceOf(AccessDeniedException.class);
    }
}
