package vn.pulse.opinion;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pulse.area.AreaService;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;

/**
 * A collaborator's own opinion reports: start one for a due month or an urgent one, let the
 * phone autosave the draft, submit it (once per uuid), fix and resubmit what was returned.
 * A collaborator sees only their own reports and drafts.
 */
@Service
public class OpinionReportService {

    private final ReportRepository reports;
    private final ReportQueries queries;
    private final CollaboratorRepository collaborators;
    private final ReportValidator validator;
    private final ReportSubmission submission;
    private final DeadlineRules calendar;
    private final ReportAudit audit;
    private final AreaService areas;
    private final Clock clock;

    OpinionReportService(ReportRepository reports, ReportQueries queries, CollaboratorRepository collaborators,
            ReportValidator validator, ReportSubmission submission, DeadlineRules calendar, ReportAudit audit,
            AreaService areas, Clock clock) {
        this.reports = reports;
        this.queries = queries;
        this.collaborators = collaborators;
        this.validator = validator;
        this.submission = submission;
        this.calendar = calendar;
        this.audit = audit;
        this.areas = areas;
        this.clock = clock;
    }

    /** The report for a month: the one already started or filed (unless rejected), else a new draft. */
    @RolesAllowed(Role.SURVEYOR_NAME)
    @Transactional
    public OpinionReport startPeriodic(YearMonth period) {
        if (period == null || period.isAfter(calendar.currentMonth()) || period.isBefore(calendar.oldestShown())) {
            throw DomainException.invalid("period_not_open", "opinion.error.periodNotOpen", String.valueOf(period));
        }
        Collaborator me = me();
        Optional<String> open = queries.ofAuthor(me.id(), ReportKind.PERIODIC, period, null).stream()
                .filter(r -> r.period().equals(period) && r.status() != ReportStatus.REJECTED)
                .min(Comparator.comparing(r -> r.status() == ReportStatus.DRAFT))
                .map(ReportSummary::uuid);
        return open.map(uuid -> requireMine(me, uuid)).orElseGet(() -> startDraft(me, ReportKind.PERIODIC, period));
    }

    /** A new draft of an urgent report (đột xuất) on a hot issue, for the current month. */
    @RolesAllowed(Role.SURVEYOR_NAME)
    @Transactional
    public OpinionReport startUrgent() {
        return startDraft(me(), ReportKind.URGENT, calendar.currentMonth());
    }

    /**
     * Saves the draft as it stands (the phone calls this seconds after every change). Returns the
     * errors of values that cannot be kept (nothing is saved then); empty when saved.
     */
    @RolesAllowed(Role.SURVEYOR_NAME)
    @Transactional
    public List<FieldError> saveDraft(ReportInput input) {
        Collaborator me = me();
        collaborators.lock(me.id());
        ReportValidator.Validated validated = validator.forDraft(input, me);
        if (!validated.ok()) {
            return validated.errors();
        }
        ValidReport draft = validated.report();
        ReportRepository.Header header = reports.findHeader(draft.uuid(), true)
                .filter(h -> h.authorId() == me.id())
                .orElseThrow(() -> DomainException.notFound("report_not_found", "opinion.error.notFound", input.uuid()));
        if (!header.status().editable()) {
            throw DomainException.conflict("report_not_editable", "opinion.error.notEditable");
        }
        reports.updateContent(header.id(), draft, Instant.now(clock));
        audit.record("opinion_report.draft_saved", header.id(), draft.area() == null ? null : draft.area().path(), me,
                ReportAudit.describe(draft.kind(), draft.period(), draft.streams().size()));
        return List.of();
    }

    /** Throws away one of the collaborator's own drafts (never a submitted report). */
    @RolesAllowed(Role.SURVEYOR_NAME)
    @Transactional
    public void discardDraft(String uuid) {
        Collaborator me = me();
        ReportRepository.Header header = reports.findHeader(uuid, true).filter(h -> h.authorId() == me.id())
                .orElseThrow(() -> DomainException.notFound("report_not_found", "opinion.error.notFound", uuid));
        if (header.status() != ReportStatus.DRAFT) {
            throw DomainException.conflict("report_not_draft", "opinion.error.notDraft");
        }
        reports.delete(header.id());
        audit.record("opinion_report.draft_discarded", header.id(), header.areaPath(), me, header.kind().code()
                + " " + header.period());
    }

    /** Submits a report; the same uuid again never makes a second one (see {@link SubmissionResult}). */
    @RolesAllowed(Role.SURVEYOR_NAME)
    public SubmissionResult submit(ReportInput input) {
        return submission.submit(me(), input, Instant.now(clock), ReportStatus.SUBMITTED, "opinion_report.submitted");
    }

    /** One of the collaborator's own reports or drafts. */
    @RolesAllowed(Role.SURVEYOR_NAME)
    @Transactional(readOnly = true)
    public Optional<OpinionReport> mine(String uuid) {
        Collaborator me = me();
        return reports.loadOwn(uuid, me.id());
    }

    /** Every report and draft of the collaborator, newest first. */
    @RolesAllowed(Role.SURVEYOR_NAME)
    @Transactional(readOnly = true)
    public List<ReportSummary> myReports() {
        Collaborator me = me();
        return queries.ofAuthor(me.id(), null, null, null);
    }

    /** Reports a supervisor returned for fixing, with their comments. */
    @RolesAllowed(Role.SURVEYOR_NAME)
    @Transactional(readOnly = true)
    public List<ReportSummary> returnedToMe() {
        Collaborator me = me();
        return queries.ofAuthor(me.id(), null, null, ReportStatus.RETURNED);
    }

    /**
     * Months (since the account exists, at most pulse.opinion.months-shown back) without a
     * submitted periodic report, oldest first, with their deadlines and any draft started.
     */
    @RolesAllowed(Role.SURVEYOR_NAME)
    @Transactional(readOnly = true)
    public List<DuePeriod> periodsDue() {
        Collaborator me = me();
        YearMonth first = calendar.monthOf(me.createdAt());
        first = first.isBefore(calendar.oldestShown()) ? calendar.oldestShown() : first;
        List<ReportSummary> periodic = queries.ofAuthor(me.id(), ReportKind.PERIODIC, first, null);
        Deadlines deadlines = calendar.current();
        List<DuePeriod> due = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(calendar.currentMonth()); month = month.plusMonths(1)) {
            YearMonth m = month;
            List<ReportSummary> ofMonth = periodic.stream().filter(r -> r.period().equals(m)).toList();
            if (ofMonth.stream().anyMatch(r -> r.status() != ReportStatus.DRAFT && r.status() != ReportStatus.REJECTED)) {
                continue;
            }
            ReportingPeriod period = deadlines.period(m, me.areaPath());
            String draft = ofMonth.stream().filter(r -> r.status() == ReportStatus.DRAFT).findFirst()
                    .map(ReportSummary::uuid).orElse(null);
            due.add(new DuePeriod(m, period.dueOn(), period.daysLate(calendar.today()), draft));
        }
        return due;
    }

    private OpinionReport startDraft(Collaborator me, ReportKind kind, YearMonth period) {
        var home = me.areaCode() == null ? null : areas.findForScope(me.areaCode()).orElse(null);
        ValidReport draft = new ValidReport(UUID.randomUUID().toString(), kind, period, null, home, List.of());
        long id = reports.insert(draft, me.id(), ReportStatus.DRAFT, Instant.now(clock));
        audit.record("opinion_report.draft_started", id, home == null ? null : home.path(), me,
                ReportAudit.describe(kind, period, 0));
        return requireMine(me, draft.uuid());
    }

    private OpinionReport requireMine(Collaborator me, String uuid) {
        return reports.loadOwn(uuid, me.id()).orElseThrow();
    }

    private Collaborator me() {
        return collaborators.find(CurrentUser.require().id()).orElseThrow();
    }
}
