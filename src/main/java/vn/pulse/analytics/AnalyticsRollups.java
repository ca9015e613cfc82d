package vn.pulse.analytics;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.Role;
import vn.pulse.fieldwork.FieldworkProperties;
import vn.pulse.fieldwork.ResponseStatus;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.QuestionType;
import vn.pulse.questionnaire.QuestionnaireService;

/**
 * The rollups' maintenance. Submissions and reviews queue their changes and a drainer folds them in
 * ({@link RollupQueue}); {@link #catchUp} applies what is queued now. A rebuild recomputes the rollups
 * from the raw responses, e.g. after a bulk load that bypassed the submission pipeline, a change of
 * {@code pulse.fieldwork.statistics-statuses}, or to check them. Each questionnaire is rebuilt in its
 * own transaction (readers see old or new sums, never half).
 */
@Service
public class AnalyticsRollups {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsRollups.class);

    /** Each key group multiplies the rollups' province rows by its number of answers. */
    static final int MAX_GROUPS = 6;

    private final RollupRepository rollups;
    private final RollupQueue queue;
    private final FieldworkProperties fieldwork;
    private final AuditTrail audit;
    private final QuestionnaireService questionnaires;

    AnalyticsRollups(RollupRepository rollups, RollupQueue queue, FieldworkProperties fieldwork, AuditTrail audit,
                     QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
        this.rollups = rollups;
        this.queue = queue;
        this.fieldwork = fieldwork;
        this.audit = audit;
    }

    /**
     * Folds every queued change into the rollups now, instead of within {@code pulse.analytics.rollup-drain-delay};
     * returns how many changes it applied. Dashboards do this themselves before they read.
     */
    public int catchUp() {
        return queue.catchUp();
    }

    /** Rebuilds one questionnaire's rollups from its counted responses. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void rebuild(long questionnaireId) {
        long started = System.nanoTime();
        rebuildOne(questionnaireId);
        log.info("Rebuilt the rollups of questionnaire {} in {} ms", questionnaireId, (System.nanoTime() - started) / 1_000_000);
    }

    /** Rebuilds the rollups of every questionnaire that has responses; returns their ids. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Long> rebuildAll() {
        List<Long> ids = rollups.questionnairesWithResponses();
        ids.forEach(this::rebuildOne);
        log.info("Rebuilt the rollups of {} questionnaires", ids.size());
        return ids;
    }

    /**
     * Sets the key group questions (single-choice, e.g. sex and age group) the rollups of a survey are
     * kept by, so that dashboards break its questions down by them and filter by them at rollup
     * speed, and rebuilds the survey's rollups with them, in one transaction (nothing to do when they
     * are the groups already kept). An empty list keeps no groups (group queries then read the raw answers).
     * Only administrators who may edit the survey (those of the area that owns it) set its groups.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void setGroups(long questionnaireId, List<String> questions) {
        FormDefinition form = questionnaires.currentPublished(questionnaireId).orElseThrow(() -> DomainException.notFound(
                "survey_not_found", "analytics.error.surveyNotFound", questionnaireId));
        if (!questionnaires.canEdit(questionnaireId)) {
            throw DomainException.forbidden("survey_not_editable", "analytics.error.surveyNotEditable", questionnaireId);
        }
        List<String> names = new ArrayList<>();
        for (String name : questions) {
            String question = name == null ? "" : name.strip();
            if (form.question(question).filter(q -> q.type() == QuestionType.SELECT_ONE).isEmpty()) {
                throw DomainException.invalid("invalid_group_question", "analytics.error.groupQuestion", name);
            }
            if (!names.contains(question)) {
                names.add(question);
            }
        }
        if (names.size() > MAX_GROUPS) {
            throw DomainException.invalid("too_many_groups", "analytics.error.tooManyGroups", MAX_GROUPS);
        }
        if (names.equals(rollups.groups(questionnaireId))) {
            return;
        }
        long started = System.nanoTime();
        queue.exclusively(() -> {
            rollups.replaceGroups(questionnaireId, names);
            rollups.rebuild(questionnaireId, counted());
            audit.record("analytics.groups_set", "questionnaire", questionnaireId, null,
                    "groups=" + String.join(",", names));
        });
        log.info("Rollups of questionnaire {} now kept by groups {}, rebuilt in {} ms", questionnaireId, names,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void rebuildOne(long questionnaireId) {
        queue.exclusively(() -> {
            rollups.rebuild(questionnaireId, counted());
            audit.record("analytics.rollups_rebuilt", "questionnaire", questionnaireId, null, null);
        });
    }

    private List<ResponseStatus> counted() {
        return Arrays.stream(ResponseStatus.values()).filter(fieldwork::counts).toList();
    }
}
