package vn.pulse.opinion;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.PulseUser;
import vn.pulse.base.security.Role;

/**
 * Submitted opinion reports of an area: supervisors, administrators and leaders read those of
 * their own area subtree (never drafts; single-line authors hidden); supervisors approve,
 * return with a comment, or reject. Only a single-line collaborator's handler reviews their reports.
 */
@Service
public class OpinionReviewService {

    static final int MAX_COMMENT = 2000;

    private final ReportRepository reports;
    private final ReportQueries queries;
    private final CollaboratorRepository collaborators;
    private final ReportAudit audit;
    private final Clock clock;

    OpinionReviewService(ReportRepository reports, ReportQueries queries, CollaboratorRepository collaborators,
            ReportAudit audit, Clock clock) {
        this.reports = reports;
        this.queries = queries;
        this.collaborators = collaborators;
        this.audit = audit;
        this.clock = clock;
    }

    /** Submitted reports of the caller's area, newest first; {@code reviewable} marks those the caller may decide. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME, Role.LEADER_NAME})
    @Transactional(readOnly = true)
    public List<ReportSummary> list(ReportFilter filter) {
        PulseUser me = CurrentUser.require();
        return queries.inScope(me.scope(), filter == null ? ReportFilter.ALL : filter, me.id(),
                me.hasRole(Role.SUPERVISOR));
    }

    /** The review queue: submitted reports the calling supervisor may decide. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Transactional(readOnly = true)
    public List<ReportSummary> queue() {
        return list(new ReportFilter(ReportStatus.SUBMITTED, null, null)).stream()
                .filter(ReportSummary::reviewable).toList();
    }

    /** How many reports wait for the calling supervisor's decision (for a home panel). */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Transactional(readOnly = true)
    public int waitingForMe() {
        return queue().size();
    }

    /** A whole submitted report of the caller's area; reading it is audited (raw data). */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME, Role.LEADER_NAME})
    @Transactional
    public Optional<OpinionReport> open(long id) {
        PulseUser me = CurrentUser.require();
        Optional<OpinionReport> report = reports.load(id, me.id())
                .filter(r -> r.status() != ReportStatus.DRAFT && r.areaPath() != null && me.scope().covers(r.areaPath()));
        report.ifPresent(r -> audit.record("opinion_report.viewed", r.id(), r.areaPath(), authorOf(r.id()),
                r.kind().code() + " " + r.period()));
        return report;
    }

    /** May the calling supervisor decide this report now? */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME, Role.LEADER_NAME})
    @Transactional(readOnly = true)
    public boolean reviewable(long id) {
        PulseUser me = CurrentUser.require();
        return me.hasRole(Role.SUPERVISOR) && reports.findHeader(id)
                .filter(h -> h.status() == ReportStatus.SUBMITTED && h.areaPath() != null && me.scope().covers(h.areaPath()))
                .map(h -> author(h).reviewableBy(me.id())).orElse(false);
    }

    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Transactional
    public OpinionReport approve(long id) {
        return decide(id, ReportStatus.APPROVED, null);
    }

    /** Sends a report back to its author, who fixes it and submits it again; the comment says what to fix. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Transactional
    public OpinionReport returnToAuthor(long id, String comment) {
        return decide(id, ReportStatus.RETURNED, requireComment(comment));
    }

    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Transactional
    public OpinionReport reject(long id, String comment) {
        return decide(id, ReportStatus.REJECTED, requireComment(comment));
    }

    private OpinionReport decide(long id, ReportStatus to, String comment) {
        PulseUser me = CurrentUser.require();
        ReportRepository.Header header = reports.findHeader(id)
                .filter(h -> h.status() != ReportStatus.DRAFT && h.areaPath() != null && me.scope().covers(h.areaPath()))
                .orElseThrow(() -> DomainException.notFound("report_not_found", "opinion.error.notFound", id));
        Collaborator author = author(header);
        if (!author.reviewableBy(me.id())) {
            throw DomainException.forbidden("single_line_handler_only", "opinion.error.handlerOnly");
        }
        if (header.status() != ReportStatus.SUBMITTED || !reports.review(id, to, me.id(), comment, Instant.now(clock))) {
            throw DomainException.conflict("report_not_submitted", "opinion.error.notSubmitted");
        }
        audit.record("opinion_report." + to.code(), id, header.areaPath(), author,
                header.status().code() + " → " + to.code());
        return reports.load(id, me.id()).orElseThrow();
    }

    private Collaborator authorOf(long reportId) {
        return reports.findHeader(reportId).map(this::author).orElseThrow();
    }

    private Collaborator author(ReportRepository.Header header) {
        return collaborators.find(header.authorId()).orElseThrow();
    }

    private static String requireComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw DomainException.invalid("comment_required", "opinion.error.commentRequired");
        }
        if (comment.strip().length() > MAX_COMMENT) {
            throw DomainException.invalid("comment_too_long", "opinion.error.commentTooLong", MAX_COMMENT);
        }
        return comment.strip();
    }
}
