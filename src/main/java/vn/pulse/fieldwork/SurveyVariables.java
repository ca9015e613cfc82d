package vn.pulse.fieldwork;

import static vn.pulse.jooq.Tables.QUESTIONNAIRE_VERSION;
import static vn.pulse.jooq.Tables.SURVEY_VARIABLE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;
import vn.pulse.questionnaire.VersionStatus;

/**
 * The {@code survey_variable} ids of a published version's questions, upserted the first time the
 * version receives a response and then kept in memory (versions never change once published, and
 * variables are never deleted). The upsert commits on its own, before any response is written:
 * concurrent batches then never wait on each other's variable rows.
 */
@Component
class SurveyVariables {

    /** A version's row id and its questions' variable ids. */
    record Resolved(long versionId, Map<String, Long> variables) {
    }

    private record Key(long questionnaireId, int version) {
    }

    private final DSLContext db;
    private final TransactionTemplate ownTransaction;
    private final Map<Key, Resolved> cache = new ConcurrentHashMap<>();

    SurveyVariables(DSLContext db, PlatformTransactionManager transactions) {
        this.db = db;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // the ids are read back after the upsert: under REPEATABLE READ a row another request inserted
        // concurrently would stay invisible to this transaction's snapshot, and its answers would be lost
        this.ownTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    Resolved of(FormDefinition form) {
        Key key = new Key(form.questionnaireId(), form.version());
        Resolved cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                Resolved resolved = ownTransaction.execute(status -> upsert(form));
                cache.put(key, resolved);
                return resolved;
            } catch (org.springframework.dao.PessimisticLockingFailureException e) {
                // concurrent first responses of a version upsert the same rows; one may lose a deadlock
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    private Resolved upsert(FormDefinition form) {
        long questionnaireId = form.questionnaireId();
        long versionId = db.select(QUESTIONNAIRE_VERSION.ID).from(QUESTIONNAIRE_VERSION)
                .where(QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID.eq(questionnaireId),
                        QUESTIONNAIRE_VERSION.NUMBER.eq(form.version()))
                .fetchSingle(QUESTIONNAIRE_VERSION.ID);
        Integer newestPublished = db.select(DSL.max(QUESTIONNAIRE_VERSION.NUMBER)).from(QUESTIONNAIRE_VERSION)
                .where(QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID.eq(questionnaireId),
                        QUESTIONNAIRE_VERSION.STATUS.eq(VersionStatus.PUBLISHED.name()))
                .fetchOne(0, Integer.class);
        // the type recorded is the newest version's: an older version's late responses must not undo it
        boolean newest = newestPublished == null || form.version() >= newestPublished;
        List<Question> stored = form.questions().stream().filter(q -> q.type() != QuestionType.NOTE).toList();
        if (!stored.isEmpty()) {
            var insert = db.insertInto(SURVEY_VARIABLE, SURVEY_VARIABLE.QUESTIONNAIRE_ID, SURVEY_VARIABLE.NAME,
                    SURVEY_VARIABLE.TYPE);
            for (Question q : stored) {
                insert = insert.values(questionnaireId, q.name(), q.type().word());
            }
            if (newest) {
                insert.onDuplicateKeyUpdate().set(SURVEY_VARIABLE.TYPE, DSL.excluded(SURVEY_VARIABLE.TYPE)).execute();
            } else {
                insert.onDuplicateKeyIgnore().execute();
            }
        }
        Map<String, Long> ids = new HashMap<>();
        db.select(SURVEY_VARIABLE.NAME, SURVEY_VARIABLE.ID).from(SURVEY_VARIABLE)
                .where(SURVEY_VARIABLE.QUESTIONNAIRE_ID.eq(questionnaireId))
                .forEach(r -> ids.put(r.value1(), r.value2()));
        ids.keySet().retainAll(stored.stream().map(Question::name).toList());
        if (ids.size() != stored.size()) {
            throw new IllegalStateException("survey_variable rows missing for " + form + ": have " + ids.keySet());
        }
        return new Resolved(versionId, Map.copyOf(ids));
    }
}
