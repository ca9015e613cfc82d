package vn.pulse.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import vn.pulse.support.IntegrationTest;

/**
 * Who reads which report: leaders and supervisors of the area only; a classified report only its
 * area's leaders, its author and its distribution list; every download audited.
 */
class ReportAccessIT extends IntegrationTest {

    @Autowired
    ReportService reports;

    @Autowired
    ReportingFixtures fixtures;

    @Autowired
    AuditTrail audit;

    private String leader;
    private String listedSupervisor;
    private String otherSupervisor;
    private String otherLeader;

    @BeforeEach
    void arrange() {
        fixtures.arrange();
        leader = fixtures.leader();
        listedSupervisor = fixtures.supervisor();
        otherSupervisor = users.ensure("rp-supervisor-08b", Role.SUPERVISOR, ReportingFixtures.PROVINCE);
        otherLeader = fixtures.otherLeader();
    }

    @Test
    void a_leader_of_another_province_never_lists_or_downloads_the_reports_of_this_one() {
        ArchivedReport report = generate(leader, Secrecy.NONE, List.of());
        assertThat(users.as(otherLeader, () -> reports.archive())).extracting(ArchivedReport::id)
                .doesNotContain(report.id());
        assertThat(users.as(otherLeader, () -> reports.find(report.id()))).isEmpty();
        assertThatThrownBy(() -> users.as(otherLeader, () -> reports.download(report.id(), ReportFormat.PDF)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThat(users.as(otherLeader, () -> reports.letterhead(ReportingFixtures.OTHER_PROVINCE)).parentBody())
                .isEqualTo("TỈNH ỦY LAI CHÂU");
    }

    @Test
    void a_classified_report_reaches_the_area_s_leaders_its_author_and_its_distribution_list_only() {
        ArchivedReport classified = generate(leader, Secrecy.SECRET, List.of(listedSupervisor));
        ArchivedReport open = generate(leader, Secrecy.NONE, List.of());
        assertThat(classified.secrecy()).isEqualTo(Secrecy.SECRET);

        assertThat(ids(leader)).contains(classified.id(), open.id());
        assertThat(ids(listedSupervisor)).contains(classified.id(), open.id());
        assertThat(ids(otherSupervisor)).contains(open.id()).doesNotContain(classified.id());
        assertThatThrownBy(() -> users.as(otherSupervisor, () -> reports.download(classified.id(), ReportFormat.PDF)))
                .isInstanceOf(DomainException.class);
        assertThat(users.as(listedSupervisor, () -> reports.download(classified.id(), ReportFormat.DOCX)).content())
                .isNotEmpty();
    }

    @Test
    void a_supervisor_reads_the_classified_report_they_wrote() {
        ArchivedReport mine = generate(otherSupervisor, Secrecy.CONFIDENTIAL, List.of());
        assertThat(ids(otherSupervisor)).contains(mine.id());
        assertThat(ids(listedSupervisor)).doesNotContain(mine.id());
        assertThat(ids(leader)).contains(mine.id());
    }

    @Test
    void administrators_and_collaborators_read_no_reports_and_nobody_follows_another_s_run() {
        String admin = users.ensure("rp-admin", Role.ADMIN, null);
        String collaborator = users.ensure("rp-ctv-08", Role.SURVEYOR, ReportingFixtures.PROVINCE);
        assertThatThrownBy(() -> users.as(admin, () -> reports.archive())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(collaborator, () -> reports.archive())).isInstanceOf(AccessDeniedException.class);
        ReportRun run = users.as(leader, () -> reports.generate(request(Secrecy.NONE, List.of())));
        assertThat(users.as(listedSupervisor, () -> reports.run(run.id()))).isEmpty();
        fixtures.finished(reports, leader, run.id());
    }

    @Test
    void every_download_is_in_the_audit_trail() {
        ArchivedReport report = generate(leader, Secrecy.NONE, List.of());
        users.as(listedSupervisor, () -> reports.download(report.id(), ReportFormat.XLSX));
        String admin = users.ensure("rp-admin", Role.ADMIN, null);
        List<AuditEvent> downloads = users.as(admin, () -> audit.search(
                new AuditQuery(listedSupervisor, "report.downloaded", null, null), 0, 50));
        assertThat(downloads).anySatisfy(e -> {
            assertThat(e.targetId()).isEqualTo(String.valueOf(report.id()));
            assertThat(e.areaPath()).isEqualTo("/08/");
            assertThat(e.details()).startsWith("xlsx " + report.number()).contains(report.file(ReportFormat.XLSX).sha256());
        });
        List<AuditEvent> generated = users.as(admin, () -> audit.search(
                new AuditQuery(leader, "report.generated", null, null), 0, 50));
        assertThat(generated).anySatisfy(e -> assertThat(e.targetId()).isEqualTo(String.valueOf(report.id())));
    }

    private ArchivedReport generate(String who, Secrecy secrecy, List<String> readers) {
        ReportRun run = users.as(who, () -> reports.generate(request(secrecy, readers)));
        ReportRun done = fixtures.finished(reports, who, run.id());
        assertThat(done.status()).isEqualTo(RunStatus.DONE);
        return users.as(who, () -> reports.find(done.documentId())).orElseThrow();
    }

    private static ReportRequest request(Secrecy secrecy, List<String> readers) {
        return new ReportRequest(ReportKind.OPINION_PERIODIC, ReportingFixtures.PROVINCE, ReportingFixtures.PERIOD, null,
                null, secrecy, readers, null);
    }

    private List<Long> ids(String who) {
        return users.as(who, () -> reports.archive()).stream().map(ArchivedReport::id).toList();
    }
}
