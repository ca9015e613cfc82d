package vn.pulse.reporting;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.PulseUser;
import vn.pulse.base.security.Role;
import vn.pulse.reporting.document.ReportTemplates;

/**
 * Trend reports for leaders and supervisors: propose a letterhead, preview, generate in the
 * background with progress, and read the archive.
 * <p>
 * Who reads what: leaders and supervisors read the documents of their own area subtree (a
 * document of province A is never listed or handed to anyone of province B). A document with a
 * secrecy mark (Mật, Tối mật, Tuyệt mật) is read only by the leaders among them, the person who
 * generated it and the people on its distribution list, who must themselves be leaders or
 * supervisors of the area. Administrators and collaborators read none. Every preview,
 * generation and download is written to the audit trail.
 */
@Service
public class ReportService {

    private final SpecResolver resolver;
    private final ReportRunner runner;
    private final RunRepository runs;
    private final ArchiveRepository archive;
    private final ReaderRepository readers;
    private final ReportTemplates templates;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    ReportService(SpecResolver resolver, ReportRunner runner, RunRepository runs, ArchiveRepository archive,
            ReaderRepository readers, ReportTemplates templates, AuditTrail audit,
            PlatformTransactionManager transactions) {
        this.resolver = resolver;
        this.runner = runner;
        this.runs = runs;
        this.archive = archive;
        this.readers = readers;
        this.templates = templates;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The letterhead Pulse proposes for an area of the caller's scope. */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME})
    @Transactional(readOnly = true)
    public Letterhead letterhead(String areaCode) {
        return resolver.letterhead(resolver.area(areaCode));
    }

    /** Who may be put on the distribution list of a report of the area. */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME})
    @Transactional(readOnly = true)
    public List<Reader> readers(String areaCode) {
        return readers.candidates(resolver.area(areaCode).path());
    }

    /** The report as it would be generated now, as one HTML page (charts inline), without a number. */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME})
    @Transactional
    public String preview(ReportRequest request) {
        ReportSpec spec = resolver.resolve(request);
        String html = templates.html(runner.preview(spec));
        audit.record("report.previewed", "report", spec.kind().code(), spec.area().path(), spec.period().code());
        return html;
    }

    /**
     * Starts generating a report in the background and returns its run at once (status queued);
     * {@link #run} tells how far it got. The same request key sent again returns the first run.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME})
    public ReportRun generate(ReportRequest request) {
        PulseUser me = CurrentUser.require();
        if (request != null && request.requestKey() != null) {
            Optional<ReportRun> earlier = runs.findByRequest(me.id(), request.requestKey());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        ReportSpec spec = resolver.resolve(request);
        long id;
        try {
            id = transaction.execute(status -> {
                long runId = runs.insert(new RunRepository.NewRun(spec.kind(), spec.area().id(), spec.period().code(),
                        request, me.getUsername(), me.id(), null), spec.requestedAt());
                audit.record("report.requested", "report_run", runId, spec.area().path(),
                        spec.kind().code() + " " + spec.period().code());
                return runId;
            });
        } catch (DuplicateKeyException e) {
            return runs.findByRequest(me.id(), request.requestKey()).orElseThrow(() -> e);
        }
        runner.submit(id, spec, request);
        return runs.find(id).orElseThrow();
    }

    /** A run the caller started. */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME})
    @Transactional(readOnly = true)
    public Optional<ReportRun> run(long id) {
        long me = CurrentUser.require().id();
        return runs.requesterOf(id).filter(requester -> requester == me).flatMap(r -> runs.find(id));
    }

    /** The archived reports the caller may read, newest first. */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME})
    @Transactional(readOnly = true)
    public List<ArchivedReport> archive() {
        return archive.readable(CurrentUser.require());
    }

    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME})
    @Transactional(readOnly = true)
    public Optional<ArchivedReport> find(long id) {
        return archive.readable(CurrentUser.require(), id);
    }

    /** A file of an archived report the caller may read; the download is audited. */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME})
    @Transactional
    public ReportFile download(long id, ReportFormat format) {
        ArchivedReport report = archive.readable(CurrentUser.require(), id)
                .orElseThrow(() -> DomainException.notFound("report_not_found", "reporting.error.notFound", id));
        byte[] content = archive.content(id, format)
                .orElseThrow(() -> DomainException.notFound("report_not_found", "reporting.error.notFound", id));
        ArchivedFile file = report.file(format);
        audit.record("report.downloaded", "report_document", id, report.areaPath(),
                format.extension() + " " + report.number() + " sha256=" + file.sha256());
        return new ReportFile(report.fileName(format), format, file.sha256(), content);
    }
}
