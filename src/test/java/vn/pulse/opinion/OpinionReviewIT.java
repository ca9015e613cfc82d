package vn.pulse.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pulse.opinion.OpinionFixtures.stream;
import static vn.pulse.opinion.OpinionFixtures.urgent;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.pulse.audit.AuditEvent;
import vn.pulse.audit.AuditQuery;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.Role;
import vn.pulse.opinion.SubmissionResult.Outcome;
import vn.pulse.support.IntegrationTest;

/** Supervisors review the submitted reports of their own province only. Provinces 15 (A) and 19 (B). */
class OpinionReviewIT extends IntegrationTest {

    @Autowired
    OpinionReportService reports;

    @Autowired
    OpinionReviewService review;

    @Autowired
    OpinionFixtures fixtures;

    @Autowired
    AuditTrail audit;

    String collaboratorA;
    String collaboratorB;
    String supervisorA;
    String supervisorB;
    String admin;

    @BeforeEach
    void accounts() {
        collaboratorA = fixtures.collaborator("rev-ctv-15", "15");
        collaboratorB = fixtures.collaborator("rev-ctv-19", "19");
        supervisorA = fixtures.supervisor("rev-sup-15", "15");
        supervisorB = fixtures.supervisor("rev-sup-19", "19");
        admin = users.ensure("rev-admin", Role.ADMIN, null);
    }

    @Test
    void a_supervisor_sees_submitted_reports_of_their_province_only_and_never_drafts() {
        long inA = submit(collaboratorA, "15");
        long inB = submit(collaboratorB, "19");
        OpinionReport draft = users.as(collaboratorA, () -> reports.startUrgent());

        List<ReportSummary> queueA = users.as(supervisorA, () -> review.queue());
        assertThat(queueA).extracting(ReportSummary::id).contains(inA).doesNotContain(inB);
        assertThat(users.as(supervisorA, () -> review.list(ReportFilter.ALL)))
                .extracting(ReportSummary::uuid).doesNotContain(draft.uuid());
        assertThat(users.as(supervisorB, () -> review.list(ReportFilter.ALL))).extracting(ReportSummary::id)
                .contains(inB).doesNotContain(inA);
        assertThat(users.as(supervisorB, () -> review.open(inA))).isEmpty();
        assertThat(users.as(supervisorB, () -> review.open(draft.id()))).isEmpty();
        assertThat(users.as(supervisorA, () -> review.open(draft.id()))).isEmpty();
        assertThatThrownBy(() -> users.as(supervisorB, () -> review.approve(inA)))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("report_not_found");
    }

    @Test
    void return_with_a_comment_resubmit_and_approve_each_leave_an_audit_line() {
        ReportInput input = urgent("Ô nhiễm", "15", stream("moi_truong_nuoc", Direction.OPPOSE, Valence.NEGATIVE));
        long id = users.as(collaboratorA, () -> reports.submit(input)).reportId();

        OpinionReport returned = users.as(supervisorA, () -> review.returnToAuthor(id, "Ghi rõ địa điểm cụ thể."));
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.reviewComment()).isEqualTo("Ghi rõ địa điểm cụ thể.");
        assertThat(users.as(collaboratorA, () -> reports.returnedToMe())).extracting(ReportSummary::id).contains(id);
        assertThat(users.as(supervisorA, () -> review.queue())).extracting(ReportSummary::id).doesNotContain(id);

        ReportInput fixed = new ReportInput(input.uuid(), input.kind(), input.period(), input.title(), input.area(),
                List.of(stream("moi_truong_nuoc", Direction.OPPOSE, Valence.NEGATIVE), stream("y_te",
                        Direction.APPROVE, Valence.POSITIVE)));
        SubmissionResult again = users.as(collaboratorA, () -> reports.submit(fixed));
        assertThat(again.outcome()).isEqualTo(Outcome.RESUBMITTED);
        assertThat(again.reportId()).isEqualTo(id);
        assertThat(users.as(supervisorA, () -> review.queue())).extracting(ReportSummary::id).contains(id);

        OpinionReport approved = users.as(supervisorA, () -> review.approve(id));
        assertThat(approved.status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(approved.streams()).hasSize(2);
        assertThat(users.as(collaboratorA, () -> reports.submit(fixed)).outcome()).isEqualTo(Outcome.DUPLICATE);

        List<String> actions = users.as(admin, () -> audit.search(new AuditQuery(null, "opinion_report.", null, null), 0, 200))
                .stream().filter(e -> String.valueOf(id).equals(e.targetId())).map(AuditEvent::action).toList();
        assertThat(actions).contains("opinion_report.submitted", "opinion_report.returned",
                "opinion_report.resubmitted", "opinion_report.approved");
    }

    @Test
    void a_report_is_decided_once_and_rejection_needs_a_reason() {
        long id = submit(collaboratorA, "15");
        assertThatThrownBy(() -> users.as(supervisorA, () -> review.reject(id, "  ")))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("comment_required");
        users.as(supervisorA, () -> review.reject(id, "Trùng nội dung báo cáo trước."));
        assertThatThrownBy(() -> users.as(supervisorA, () -> review.approve(id)))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("report_not_submitted");
    }

    @Test
    void collaborators_and_leaders_cannot_review() {
        long id = submit(collaboratorA, "15");
        String leader = users.ensure("rev-leader-15", Role.LEADER, "15");
        assertThatThrownBy(() -> users.as(collaboratorA, () -> review.approve(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(leader, () -> review.approve(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(leader, () -> review.open(id))).isPresent();
    }

    private long submit(String collaborator, String area) {
        SubmissionResult result = users.as(collaborator, () -> reports.submit(urgent("Giá điện", area,
                stream("gia_ca", Direction.OPPOSE, Valence.NEGATIVE))));
        assertThat(result.outcome()).isEqualTo(Outcome.CREATED);
        return result.reportId();
    }
}
