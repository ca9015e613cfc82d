package vn.pulse.opinion;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pulse.area.Area;
import vn.pulse.area.AreaService;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.AreaScope;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.PulseUser;
import vn.pulse.base.security.Role;

/**
 * Report timeliness: for a month and the caller's area, which collaborators filed their
 * periodic report on time, late (by how many days) or not at all; and the deadlines, which
 * supervisors and administrators set per area. A supervisor does not see the single-line
 * collaborators of other handlers; an administrator sees them without their names.
 */
@Service
public class OpinionTimelinessService {

    private final CollaboratorRepository collaborators;
    private final ReportQueries queries;
    private final DeadlineRepository deadlines;
    private final DeadlineRules calendar;
    private final AreaService areas;
    private final AuditTrail audit;
    private final Clock clock;

    OpinionTimelinessService(CollaboratorRepository collaborators, ReportQueries queries, DeadlineRepository deadlines,
            DeadlineRules calendar, AreaService areas, AuditTrail audit, Clock clock) {
        this.collaborators = collaborators;
        this.queries = queries;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.areas = areas;
        this.audit = audit;
        this.clock = clock;
    }

    /** Each collaborator of the caller's area expected to report for the month (account existing by then). */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public List<CollaboratorTimeliness> timeliness(YearMonth period) {
        PulseUser me = CurrentUser.require();
        List<Collaborator> expected = collaborators.collaboratorsIn(me.scope()).stream()
                .filter(c -> !c.singleLine() || c.identityVisibleTo(me.id()) || me.hasRole(Role.ADMIN))
                .filter(c -> !calendar.monthOf(c.createdAt()).isAfter(period))
                .toList();
        if (expected.isEmpty()) {
            return List.of();
        }
        Map<Long, ReportQueries.PeriodicSubmission> submitted = queries.periodicSubmissions(period,
                expected.stream().map(Collaborator::id).toList());
        Deadlines rules = calendar.current();
        LocalDate today = calendar.today();
        return expected.stream().map(c -> {
            ReportQueries.PeriodicSubmission s = submitted.get(c.id());
            ReportingPeriod rp = rules.period(period, c.areaPath());
            if (s != null && s.dueOn() != null) {
                rp = new ReportingPeriod(period, s.dueOn()); // the deadline in force when it came
            }
            LocalDate on = s == null ? null : s.submittedOn();
            return new CollaboratorTimeliness(c.authorFor(me.id()), c.areaCode(), c.areaName(), period, rp.dueOn(),
                    rp.punctuality(on, today), rp.daysLate(on, today), s == null ? null : s.firstSubmittedAt(),
                    s == null ? null : s.reportId());
        }).toList();
    }

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public TimelinessSummary summary(YearMonth period) {
        return TimelinessSummary.of(period, timeliness(period));
    }

    /**
     * The most recent month whose default deadline has passed: what a home panel reports on
     * (counts only, no names: leaders see it on their overview).
     */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public TimelinessSummary latestDueSummary() {
        YearMonth month = calendar.currentMonth().minusMonths(1);
        if (!calendar.current().period(month, CurrentUser.scope().path()).overdueOn(calendar.today())) {
            month = month.minusMonths(1);
        }
        return summary(month);
    }

    /** The months a supervisor may check, newest first. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public List<YearMonth> months() {
        YearMonth oldest = calendar.oldestShown();
        return java.util.stream.Stream.iterate(calendar.currentMonth(), m -> !m.isBefore(oldest), m -> m.minusMonths(1))
                .toList();
    }

    /** Deadline rules that apply in the caller's area: those above it and those inside it. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public List<DeadlineRule> deadlineRules() {
        AreaScope scope = CurrentUser.scope();
        return deadlines.findAll().stream()
                .filter(r -> scope.covers(r.areaPath()) || scope.path().startsWith(r.areaPath()))
                .toList();
    }

    /** The day of the following month by which monthly reports of an area ({@code null}: the caller's) are due. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public int dueDayFor(String areaCode) {
        String path = areaCode == null ? CurrentUser.scope().path() : requireArea(areaCode).path();
        return calendar.current().dueDayFor(path);
    }

    /** Monthly reports of the area (and below, unless a deeper rule says otherwise) are due on {@code dueDay}. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public void setDueDay(String areaCode, int dueDay) {
        if (dueDay < 1 || dueDay > ReportingPeriod.MAX_DUE_DAY) {
            throw DomainException.invalid("due_day_invalid", "opinion.error.dueDay", ReportingPeriod.MAX_DUE_DAY);
        }
        Area area = requireArea(areaCode);
        deadlines.save(area.id(), dueDay, Instant.now(clock), CurrentUser.actorName());
        audit.record("opinion_deadline.set", "area", area.code(), area.path(), "due day " + dueDay);
    }

    /** Removes the area's own rule: the rule above it (or the default) applies again. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public void clearDueDay(String areaCode) {
        Area area = requireArea(areaCode);
        if (deadlines.delete(area.id())) {
            audit.record("opinion_deadline.cleared", "area", area.code(), area.path(), null);
        }
    }

    private Area requireArea(String areaCode) {
        return areas.find(areaCode == null ? "" : areaCode.strip())
                .orElseThrow(() -> DomainException.invalid("area_unknown", "opinion.error.area", areaCode));
    }
}
