package vn.pulse.fieldwork;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pulse.account.AccountService;
import vn.pulse.account.UserAccount;
import vn.pulse.area.Area;
import vn.pulse.area.AreaService;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.DomainException;
import vn.pulse.base.PulseProperties;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.PulseUser;
import vn.pulse.base.security.Role;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.QuestionnaireSummary;
import vn.pulse.questionnaire.SamplingPlan;

/**
 * Supervisors assign published questionnaires to the surveyors of their area for an area and a
 * period, with targets per stratum of the sampling plan; everyone follows the progress live
 * (counted from the responses, rejected ones excepted). A surveyor sees only their own.
 */
@Service
public class AssignmentService {

    private final AssignmentRepository assignments;
    private final QuestionnaireService questionnaires;
    private final AccountService accounts;
    private final AreaService areas;
    private final AuditTrail audit;
    private final Clock clock;
    private final PulseProperties pulse;

    AssignmentService(AssignmentRepository assignments, QuestionnaireService questionnaires, AccountService accounts,
            AreaService areas, AuditTrail audit, Clock clock, PulseProperties pulse) {
        this.assignments = assignments;
        this.questionnaires = questionnaires;
        this.accounts = accounts;
        this.areas = areas;
        this.audit = audit;
        this.clock = clock;
        this.pulse = pulse;
    }

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public Assignment create(AssignmentDraft draft) {
        FormDefinition form = questionnaires.currentPublished(draft.questionnaireId())
                .orElseThrow(() -> DomainException.invalid("questionnaire_not_published",
                        "fieldwork.assignment.notPublished"));
        UserAccount surveyor = accounts.find(draft.surveyorId()).filter(u -> u.role() == Role.SURVEYOR && u.enabled())
                .orElseThrow(() -> DomainException.invalid("surveyor_not_found", "fieldwork.assignment.surveyorNotFound"));
        Area area = Optional.ofNullable(draft.areaCode()).flatMap(areas::find)
                .orElseThrow(() -> DomainException.invalid("area_unknown", "fieldwork.assignment.areaUnknown",
                        String.valueOf(draft.areaCode())));
        if (surveyor.areaCode() != null && !area.path().contains("/" + surveyor.areaCode() + "/")) {
            throw DomainException.invalid("area_outside_surveyor", "fieldwork.assignment.areaOutsideSurveyor",
                    area.name());
        }
        if (draft.startsOn() == null || draft.endsOn() == null || draft.endsOn().isBefore(draft.startsOn())) {
            throw DomainException.invalid("period_invalid", "fieldwork.assignment.periodInvalid");
        }
        Set<String> strata = form.samplingPlan().strata().stream().map(SamplingPlan.Stratum::code)
                .collect(Collectors.toSet());
        for (var quota : draft.quotas().entrySet()) {
            if (!strata.contains(quota.getKey()) || quota.getValue() == null || quota.getValue() < 0) {
                throw DomainException.invalid("quota_invalid", "fieldwork.assignment.quotaInvalid", quota.getKey());
            }
        }
        int target = draft.quotas().isEmpty() ? draft.target()
                : draft.quotas().values().stream().mapToInt(Integer::intValue).sum();
        if (target < 1 || target > 100_000) {
            throw DomainException.invalid("target_invalid", "fieldwork.assignment.targetInvalid");
        }
        PulseUser me = CurrentUser.require();
        long createdBy = me.id() > 0 ? me.id() : surveyor.id();
        long id = assignments.insert(draft, area.id(), area.path(), target, createdBy, Instant.now(clock));
        audit.record("assignment.created", "assignment", id, area.path(), form.code() + " → " + surveyor.username()
                + " in " + area.code() + " " + draft.startsOn() + ".." + draft.endsOn() + ", target " + target
                + (draft.quotas().isEmpty() ? "" : ", quotas " + draft.quotas()));
        return assignments.find(id, titles()).orElseThrow();
    }

    /** Assignments of the caller's area with their progress (supervisors, administrators, leaders). */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME, Role.LEADER_NAME})
    @Transactional(readOnly = true)
    public List<Assignment> inMyArea() {
        return assignments.inArea(CurrentUser.scope().likePattern(), titles());
    }

    /** The signed-in surveyor's assignments that have not ended, with progress. */
    @RolesAllowed(Role.SURVEYOR_NAME)
    @Transactional(readOnly = true)
    public List<Assignment> mine() {
        return assignments.ofSurveyor(CurrentUser.require().id(), today(), titles());
    }

    /** One of the signed-in surveyor's assignments. */
    @RolesAllowed(Role.SURVEYOR_NAME)
    @Transactional(readOnly = true)
    public Optional<Assignment> mine(long id) {
        return assignments.find(id, titles()).filter(a -> a.surveyorId() == CurrentUser.require().id());
    }

    /** Checks a submission made under an assignment (the collector's own, same questionnaire, inside its area). */
    Optional<Assignment> forSubmission(long assignmentId) {
        return assignments.find(assignmentId, Map.of());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(pulse.timeZone()));
    }

    private Map<Long, String> titles() {
        Map<Long, String> titles = new HashMap<>();
        for (QuestionnaireSummary q : questionnaires.list(true)) {
            titles.put(q.id(), q.title().in("vi", "vi"));
        }
        return titles;
    }
}
