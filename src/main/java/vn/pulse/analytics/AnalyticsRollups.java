package vn.pulse.analytics;

import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.security.Role;
import vn.pulse.fieldwork.FieldworkProperties;
import vn.pulse.fieldwork.ResponseStatus;

/**
 * The rollups' maintenance: a rebuild recomputes them from the raw responses, e.g. after a bulk
 * load that bypassed the submission pipeline, a change of {@code pulse.fieldwork.statistics-statuses},
 * or to check them. Each questionnaire is rebuilt in its own transaction (readers see old or new
 * sums, never half).
 */
@Service
public class AnalyticsRollups {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsRollups.class);

    private final RollupRepository rollups;
    private final FieldworkProperties fieldwork;
    private final AuditTrail audit;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    AnalyticsRollups(RollupRepository rollups, FieldworkProperties fieldwork, AuditTrail audit,
                     org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.rollups = rollups;
        this.fieldwork = fieldwork;
        this.audit = audit;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    }

    /** Rebuilds one questionnaire's rollups from its counted responses. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public void rebuild(long questionnaireId) {
        long started = System.nanoTime();
        rollups.rebuild(questionnaireId, counted());
        audit.record("analytics.rollups_rebuilt", "questionnaire", questionnaireId, null, null);
        log.info("Rebuilt the rollups of questionnaire {} in {} ms", questionnaireId, (System.nanoTime() - started) / 1_000_000);
    }

    /** Rebuilds the rollups of every questionnaire that has responses; returns their ids. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Long> rebuildAll() {
        List<Long> ids = transactions.execute(status -> rollups.questionnairesWithResponses());
        for (long id : ids) {
            transactions.executeWithoutResult(status -> {
                rollups.rebuild(id, counted());
                audit.record("analytics.rollups_rebuilt", "questionnaire", id, null, null);
            });
        }
        log.info("Rebuilt the rollups of {} questionnaires", ids.size());
        return ids;
    }

    private List<ResponseStatus> counted() {
        return Arrays.stream(ResponseStatus.values()).filter(fieldwork::counts).toList();
    }
}
