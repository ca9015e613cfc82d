package vn.pulse.questionnaire;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pulse.area.AreaService;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.AreaScope;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;
import vn.pulse.jooq.tables.records.QuestionnaireRecord;
import vn.pulse.jooq.tables.records.QuestionnaireVersionRecord;

/**
 * Questionnaires and their versions. Administrators design them in their area subtree; everyone
 * reads the published versions of the questionnaires that apply to their area (national ones and
 * those of their province). A draft is edited freely; publishing freezes it for good, and editing
 * a published questionnaire starts the next draft version, copied from the last one.
 */
@Service
public class QuestionnaireService {

    private final QuestionnaireRepository questionnaires;
    private final PublishedVersions published;
    private final AreaService areas;
    private final AuditTrail audit;
    private final Clock clock;

    QuestionnaireService(QuestionnaireRepository questionnaires, PublishedVersions published, AreaService areas,
            AuditTrail audit, Clock clock) {
        this.questionnaires = questionnaires;
        this.published = published;
        this.areas = areas;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Questionnaires the caller may see: administrators every one they own or that applies to them
     * (drafts included), others only those with a published version.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<QuestionnaireSummary> list(boolean includeArchived) {
        AreaScope scope = CurrentUser.scope();
        boolean admin = CurrentUser.require().hasRole(Role.ADMIN);
        return questionnaires.list().stream()
                .filter(q -> appliesTo(q.ownerAreaPath(), scope))
                .filter(q -> includeArchived && admin || !q.archived())
                .filter(q -> admin || q.hasPublishedVersion())
                .toList();
    }

    /**
     * The version to fill in now: the newest published one, parsed once and cached. Empty when none
     * is published, the questionnaire is archived, or it does not apply to the caller's area.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<FormDefinition> currentPublished(long questionnaireId) {
        return questionnaires.find(questionnaireId).filter(q -> appliesTo(q.getOwnerAreaPath(), CurrentUser.scope()))
                .filter(q -> QuestionnaireRepository.ACTIVE.equals(q.getStatus()))
                .flatMap(q -> questionnaires.latestPublished(q.getId())
                        .map(v -> published.get(q.getId(), v.getNumber(), () -> questionnaires.load(q, v))));
    }

    /** One version: any published one, or (for administrators who own it) a draft too. */
    @PermitAll
    @Transactional(readOnly = true)
    public FormDefinition version(long questionnaireId, int number) {
        QuestionnaireRecord q = requireVisible(questionnaireId);
        QuestionnaireVersionRecord v = questionnaires.version(q.getId(), number)
                .filter(found -> VersionStatus.PUBLISHED.name().equals(found.getStatus()) || canEdit(q))
                .orElseThrow(() -> DomainException.notFound("questionnaire_version_not_found",
                        "questionnaire.error.versionNotFound", number));
        return published.get(q.getId(), v.getNumber(), () -> questionnaires.load(q, v));
    }

    /** Numbers of all versions, oldest first. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public List<Integer> versionNumbers(long questionnaireId) {
        return questionnaires.versionNumbers(requireVisible(questionnaireId).getId());
    }

    /** The newest version (draft or published): what the designer shows. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public FormDefinition latest(long questionnaireId) {
        QuestionnaireRecord q = requireVisible(questionnaireId);
        return questionnaires.load(q, questionnaires.latestVersion(q.getId()).orElseThrow());
    }

    /** Archived questionnaires are offered for no new work. */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean isArchived(long questionnaireId) {
        return QuestionnaireRepository.ARCHIVED.equals(requireVisible(questionnaireId).getStatus());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public boolean canEdit(long questionnaireId) {
        return canEdit(requireVisible(questionnaireId));
    }

    /**
     * A new questionnaire (version 1, a draft) owned by the caller's area, from a definition that
     * came from the designer, the API, an XLSForm file or a template. {@code source} says which.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public FormDefinition create(FormDefinition definition, String source) {
        DraftLimits.check(definition);
        if (questionnaires.codeTaken(definition.code())) {
            throw DomainException.conflict("questionnaire_code_taken", "questionnaire.error.codeTaken", definition.code());
        }
        Instant now = Instant.now(clock);
        String owner = CurrentUser.scope().path();
        long id;
        try {
            id = questionnaires.insert(definition.code(), owner, now, CurrentUser.actorName());
        } catch (DuplicateKeyException e) {
            // another administrator took the code between the check and the insert
            throw DomainException.conflict("questionnaire_code_taken", "questionnaire.error.codeTaken", definition.code());
        }
        questionnaires.insertVersion(id, 1, definition, source, now, CurrentUser.actorName());
        questionnaires.savePlan(id, definition.samplingPlan());
        audit.record("questionnaire.created", "questionnaire", id, owner, definition.code() + " v1 " + source);
        return latest(id);
    }

    /** A blank questionnaire with one empty section, for the designer. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public FormDefinition createBlank(String code, LocalizedText title) {
        Section first = new Section("phan_1", LocalizedText.of("Phần 1", "Part 1"), null, List.of());
        return create(FormDefinition.unsaved(code, title, List.of("vi", "en"), List.of(first), null), "designer");
    }

    /** A new questionnaire whose first draft is a copy of another's newest version (and its plan). */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public FormDefinition copy(long questionnaireId, String newCode) {
        FormDefinition original = latest(questionnaireId);
        return create(original.withCode(newCode), "copy:" + original.code() + " v" + original.version());
    }

    /** Replaces the content of the current draft (refused once the version is published). */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public FormDefinition saveDraft(long questionnaireId, FormDefinition content) {
        QuestionnaireRecord q = requireEditable(questionnaireId);
        QuestionnaireVersionRecord draft = requireDraft(q);
        FormDefinition withCode = content.withCode(q.getCode());
        DraftLimits.check(withCode);
        questionnaires.updateVersion(draft.getId(), withCode, Instant.now(clock));
        audit.record("questionnaire.draft_saved", "questionnaire", q.getId(), q.getOwnerAreaPath(),
                q.getCode() + " v" + draft.getNumber() + ", " + withCode.questions().size() + " questions");
        return latest(q.getId());
    }

    /** The draft to edit: the current one, or a new version copied from the last published one. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public FormDefinition startNewVersion(long questionnaireId) {
        QuestionnaireRecord q = requireEditable(questionnaireId);
        QuestionnaireVersionRecord last = questionnaires.latestVersion(q.getId()).orElseThrow();
        if (VersionStatus.DRAFT.name().equals(last.getStatus())) {
            return questionnaires.load(q, last);
        }
        FormDefinition previous = questionnaires.load(q, last);
        int number = last.getNumber() + 1;
        questionnaires.insertVersion(q.getId(), number, previous, "version:" + last.getNumber(), Instant.now(clock),
                CurrentUser.actorName());
        audit.record("questionnaire.version_started", "questionnaire", q.getId(), q.getOwnerAreaPath(),
                q.getCode() + " v" + number);
        return latest(q.getId());
    }

    /** Everything that stops the current draft from being published; empty when it is ready. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public List<FormProblem> validate(long questionnaireId) {
        return problemsOf(latest(questionnaireId));
    }

    /** Freezes the current draft: it becomes the version surveyors fill in. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public FormDefinition publish(long questionnaireId) {
        QuestionnaireRecord q = requireEditable(questionnaireId);
        QuestionnaireVersionRecord draft = requireDraft(q);
        if (QuestionnaireRepository.ARCHIVED.equals(q.getStatus())) {
            throw DomainException.conflict("questionnaire_archived", "questionnaire.error.archived", q.getCode());
        }
        List<FormProblem> problems = problemsOf(questionnaires.load(q, draft));
        if (!problems.isEmpty()) {
            throw new FormProblemsException(problems);
        }
        questionnaires.markPublished(draft.getId(), Instant.now(clock), CurrentUser.actorName());
        audit.record("questionnaire.published", "questionnaire", q.getId(), q.getOwnerAreaPath(),
                q.getCode() + " v" + draft.getNumber());
        // loaded, not cached: the cache only takes versions whose publication has committed
        return questionnaires.load(q, questionnaires.version(q.getId(), draft.getNumber()).orElseThrow());
    }

    /** Archived questionnaires are offered for no new work; their versions and responses stay. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public void setArchived(long questionnaireId, boolean archived) {
        QuestionnaireRecord q = requireEditable(questionnaireId);
        questionnaires.setStatus(q.getId(), archived ? QuestionnaireRepository.ARCHIVED : QuestionnaireRepository.ACTIVE,
                archived ? Instant.now(clock) : null);
        audit.record(archived ? "questionnaire.archived" : "questionnaire.restored", "questionnaire", q.getId(),
                q.getOwnerAreaPath(), q.getCode());
    }

    /** Saves the sampling plan after checking it against the newest version's questions (and the areas). */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public FormDefinition saveSamplingPlan(long questionnaireId, SamplingPlan plan) {
        QuestionnaireRecord q = requireEditable(questionnaireId);
        FormDefinition planned = questionnaires.load(q, questionnaires.latestVersion(q.getId()).orElseThrow())
                .withSamplingPlan(plan);
        List<FormProblem> problems = problemsOf(planned).stream().filter(p -> "sampling".equals(p.field())).toList();
        if (!problems.isEmpty()) {
            throw new FormProblemsException(problems);
        }
        questionnaires.savePlan(q.getId(), plan);
        published.forget(q.getId());
        audit.record("questionnaire.plan_saved", "questionnaire", q.getId(), q.getOwnerAreaPath(),
                q.getCode() + " " + plan.design().word() + (plan.isStratified() ? " by " + plan.stratifyBy() : "")
                        + ", " + plan.strata().size() + " strata");
        return latest(q.getId());
    }

    /** The definition's own problems, and strata naming areas that do not exist. */
    private List<FormProblem> problemsOf(FormDefinition definition) {
        List<FormProblem> problems = new ArrayList<>(definition.problems());
        SamplingPlan plan = definition.samplingPlan();
        if (SamplingPlan.AREA.equals(plan.stratifyBy())) {
            plan.strata().stream().filter(s -> areas.findForScope(s.code()).isEmpty())
                    .forEach(s -> problems.add(FormProblem.ofChoice(definition.code(), "sampling", s.code(),
                            "plan_area_unknown", s.code())));
        }
        return problems;
    }

    /** National questionnaires apply everywhere; a province's apply inside it; admins also see what they own. */
    static boolean appliesTo(String ownerAreaPath, AreaScope scope) {
        return scope.covers(ownerAreaPath) || scope.path().startsWith(ownerAreaPath);
    }

    private static boolean canEdit(QuestionnaireRecord q) {
        return CurrentUser.require().hasRole(Role.ADMIN) && CurrentUser.scope().covers(q.getOwnerAreaPath());
    }

    private QuestionnaireRecord requireVisible(long id) {
        return questionnaires.find(id).filter(q -> appliesTo(q.getOwnerAreaPath(), CurrentUser.scope()))
                .orElseThrow(() -> DomainException.notFound("questionnaire_not_found", "questionnaire.error.notFound", id));
    }

    private QuestionnaireRecord requireEditable(long id) {
        QuestionnaireRecord q = questionnaires.lock(id)
                .filter(found -> appliesTo(found.getOwnerAreaPath(), CurrentUser.scope()))
                .orElseThrow(() -> DomainException.notFound("questionnaire_not_found", "questionnaire.error.notFound", id));
        if (!canEdit(q)) {
            throw DomainException.forbidden("questionnaire_not_owned", "questionnaire.error.notOwned", q.getCode());
        }
        return q;
    }

    private QuestionnaireVersionRecord requireDraft(QuestionnaireRecord q) {
        QuestionnaireVersionRecord last = questionnaires.latestVersion(q.getId()).orElseThrow();
        if (!VersionStatus.DRAFT.name().equals(last.getStatus())) {
            throw DomainException.conflict("questionnaire_version_published", "questionnaire.error.published",
                    last.getNumber());
        }
        return last;
    }
}
