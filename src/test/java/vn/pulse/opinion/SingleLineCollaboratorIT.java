package vn.pulse.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pulse.opinion.OpinionFixtures.stream;
import static vn.pulse.opinion.OpinionFixtures.urgent;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.pulse.account.AccountService;
import vn.pulse.account.UserAccount;
import vn.pulse.audit.AuditEvent;
import vn.pulse.audit.AuditQuery;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.Role;
import vn.pulse.support.Api;
import vn.pulse.support.IntegrationTest;
import vn.pulse.support.TestUsers;

/** A single-line collaborator is known by name to their handler alone. Province 20. */
class SingleLineCollaboratorIT extends IntegrationTest {

    private static final String NAME = "Cộng tác viên bí mật sl-ctv-20";

    @Autowired
    OpinionReportService reports;

    @Autowired
    OpinionReviewService review;

    @Autowired
    OpinionTimelinessService timeliness;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    OpinionFixtures fixtures;

    String handler;
    String otherSupervisor;
    String collaborator;
    String admin;
    String leader;
    long reportId;

    @BeforeEach
    void arrange() {
        handler = fixtures.supervisor("sl-handler-20", "20");
        otherSupervisor = fixtures.supervisor("sl-sup-20", "20");
        collaborator = fixtures.singleLine("sl-ctv-20", "20", handler);
        admin = users.ensure("sl-admin-20", Role.ADMIN, "20");
        leader = users.ensure("sl-leader", Role.LEADER, null);
        reportId = users.as(collaborator, () -> reports.submit(urgent("Tin đồn sáp nhập", "20",
                stream("sap_xep_bo_may", Direction.UNDECIDED, Valence.NEGATIVE)))).reportId();
    }

    @Test
    void only_the_handler_and_the_collaborator_see_the_name_in_the_services() {
        assertThat(authorSeenBy(handler).name()).isEqualTo(NAME);
        assertThat(users.as(collaborator, () -> reports.myReports())).filteredOn(r -> r.id() == reportId)
                .singleElement().satisfies(r -> assertThat(r.author().name()).isEqualTo(NAME));
        for (String reader : List.of(otherSupervisor, admin, leader)) {
            Author seen = authorSeenBy(reader);
            assertThat(seen.hidden()).as(reader).isTrue();
            assertThat(seen.id()).isNull();
            assertThat(users.as(reader, () -> review.open(reportId)).orElseThrow().author().hidden()).isTrue();
        }
    }

    @Test
    void only_the_handler_reviews_and_other_supervisors_do_not_queue_it() {
        assertThat(users.as(otherSupervisor, () -> review.queue())).extracting(ReportSummary::id).doesNotContain(reportId);
        assertThat(users.as(handler, () -> review.queue())).extracting(ReportSummary::id).contains(reportId);
        assertThatThrownBy(() -> users.as(otherSupervisor, () -> review.approve(reportId)))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("single_line_handler_only");
        assertThat(users.as(handler, () -> review.approve(reportId)).status()).isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void the_audit_trail_names_the_report_never_the_collaborator() {
        users.as(otherSupervisor, () -> review.open(reportId));
        List<AuditEvent> lines = users.as(admin, () -> audit.search(new AuditQuery(null, "opinion_report.", null, null), 0, 500))
                .stream().filter(e -> String.valueOf(reportId).equals(e.targetId())).toList();
        assertThat(lines).extracting(AuditEvent::action).contains("opinion_report.submitted", "opinion_report.viewed");
        assertThat(lines).allSatisfy(e -> {
            assertThat(e.actor()).isNotEqualTo(collaborator);
            assertThat(String.valueOf(e.details())).doesNotContain(collaborator).doesNotContain(NAME);
        });
        assertThat(lines).filteredOn(e -> e.action().equals("opinion_report.submitted"))
                .extracting(AuditEvent::actor).containsOnly(ReportAudit.SINGLE_LINE_ACTOR);
    }

    @Test
    void other_supervisors_do_not_list_the_account_or_its_timeliness() {
        List<String> seenByOther = users.as(otherSupervisor, () -> accounts.list(Role.SURVEYOR)).stream()
                .map(UserAccount::username).toList();
        assertThat(seenByOther).doesNotContain(collaborator);
        assertThat(users.as(handler, () -> accounts.list(Role.SURVEYOR))).extracting(UserAccount::username)
                .contains(collaborator);
        var month = OpinionFixtures.thisMonth();
        assertThat(users.as(otherSupervisor, () -> timeliness.timeliness(month)))
                .noneMatch(t -> t.collaborator().singleLine());
        assertThat(users.as(handler, () -> timeliness.timeliness(month)))
                .anySatisfy(t -> assertThat(t.collaborator().name()).isEqualTo(NAME));
        assertThat(users.as(admin, () -> timeliness.timeliness(month)))
                .anySatisfy(t -> assertThat(t.collaborator().hidden()).isTrue())
                .noneSatisfy(t -> assertThat(t.collaborator().name()).isEqualTo(NAME));
    }

    @Test
    void the_api_hides_the_name_from_everyone_but_the_handler() {
        Api api = new Api(baseUrl());
        JsonNode byOther = find(api.get("/api/v1/opinion-reports", api.token(otherSupervisor, TestUsers.PASSWORD)).json());
        assertThat(byOther.get("author").get("name").asString()).isEqualTo("Cộng tác viên đơn tuyến");
        assertThat(byOther.get("author").get("id").isNull()).isTrue();
        Api.Reply one = api.get("/api/v1/opinion-reports/" + reportId, api.token(admin, TestUsers.PASSWORD));
        assertThat(one.body()).doesNotContain(NAME).doesNotContain(collaborator).contains("Cộng tác viên đơn tuyến");
        JsonNode byHandler = find(api.get("/api/v1/opinion-reports", api.token(handler, TestUsers.PASSWORD)).json());
        assertThat(byHandler.get("author").get("name").asString()).isEqualTo(NAME);
    }

    @Test
    void a_single_line_collaborator_needs_a_supervisor_covering_their_area() {
        String farSupervisor = fixtures.supervisor("sl-sup-01", "01");
        assertThatThrownBy(() -> fixtures.singleLine("sl-ctv-20b", "20", farSupervisor))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("handler_invalid");
    }

    private Author authorSeenBy(String reader) {
        return users.as(reader, () -> review.list(ReportFilter.ALL)).stream().filter(r -> r.id() == reportId)
                .findFirst().orElseThrow().author();
    }

    private JsonNode find(JsonNode list) {
        for (JsonNode report : list) {
            if (report.get("id").asLong() == reportId) {
                return report;
            }
        }
        throw new AssertionError("report " + reportId + " not listed: " + list);
    }
}
