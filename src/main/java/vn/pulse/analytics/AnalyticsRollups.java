package vn.pulse.analytics;

import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.security.Role;
import vn.pulse.fieldwork.FieldworkProperties;
import vn.pulse.fieldwork.ResponseStatus;

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

    private final RollupRepository rollups;
    private final RollupQueue queue;
    private final FieldworkProperties fieldwork;
    private final AuditTrail audit;

    AnalyticsRollups(RollupRepository rollups, RollupQueue queue, FieldworkProperties fieldwork, AuditTrail audit) {
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
