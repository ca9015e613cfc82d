package vn.pulse.questionnaire;

import static vn.pulse.jooq.Tables.FORM_QUESTION;
import static vn.pulse.jooq.Tables.FORM_SECTION;
import static vn.pulse.jooq.Tables.QUESTIONNAIRE;
import static vn.pulse.jooq.Tables.QUESTIONNAIRE_VERSION;
import static vn.pulse.jooq.Tables.SAMPLING_STRATUM;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.pulse.jooq.tables.records.QuestionnaireRecord;
import vn.pulse.jooq.tables.records.QuestionnaireVersionRecord;

/** SQL of questionnaires, their versions and sampling plans. Callers decide who may see what. */
@Repository
class QuestionnaireRepository {

    static final String ACTIVE = "ACTIVE";
    static final String ARCHIVED = "ARCHIVED";
    private static final vn.pulse.jooq.tables.QuestionnaireVersion LATEST = QUESTIONNAIRE_VERSION.as("latest");
    private static final vn.pulse.jooq.tables.QuestionnaireVersion PUBLISHED = QUESTIONNAIRE_VERSION.as("published");

    private final DSLContext db;
    private final FormContentRepository content;

    QuestionnaireRepository(DSLContext db, FormContentRepository content) {
        this.db = db;
        this.content = content;
    }

    boolean codeTaken(String code) {
        return db.fetchExists(QUESTIONNAIRE, QUESTIONNAIRE.CODE.eq(code));
    }

    long insert(String code, String ownerAreaPath, Instant now, String actor) {
        QuestionnaireRecord row = db.newRecord(QUESTIONNAIRE);
        row.setCode(code);
        row.setStatus(ACTIVE);
        row.setOwnerAreaPath(ownerAreaPath);
        row.setCreatedAt(now);
        row.setCreatedBy(actor);
        row.setSamplingDesign(SamplingPlan.Design.NONPROBABILITY.name());
        row.store();
        return row.getId();
    }

    /** The questionnaire row, locked for this transaction (one writer at a time per questionnaire). */
    Optional<QuestionnaireRecord> lock(long id) {
        return db.selectFrom(QUESTIONNAIRE).where(QUESTIONNAIRE.ID.eq(id)).forUpdate().fetchOptional();
    }

    Optional<QuestionnaireRecord> find(long id) {
        return db.selectFrom(QUESTIONNAIRE).where(QUESTIONNAIRE.ID.eq(id)).fetchOptional();
    }

    Optional<QuestionnaireRecord> findByCode(String code) {
        return db.selectFrom(QUESTIONNAIRE).where(QUESTIONNAIRE.CODE.eq(code)).fetchOptional();
    }

    void setStatus(long id, String status, Instant archivedAt) {
        db.update(QUESTIONNAIRE).set(QUESTIONNAIRE.STATUS, status).set(QUESTIONNAIRE.ARCHIVED_AT, archivedAt)
                .where(QUESTIONNAIRE.ID.eq(id)).execute();
    }

    List<QuestionnaireSummary> list() {
        Field<Integer> questions = DSL.field(DSL.select(DSL.count()).from(FORM_QUESTION).join(FORM_SECTION)
                .on(FORM_SECTION.ID.eq(FORM_QUESTION.SECTION_ID)).where(FORM_SECTION.VERSION_ID.eq(LATEST.ID)))
                .as("questions");
        Field<Integer> publishedNumber = DSL.field(DSL.select(DSL.max(PUBLISHED.NUMBER)).from(PUBLISHED)
                .where(PUBLISHED.QUESTIONNAIRE_ID.eq(QUESTIONNAIRE.ID).and(PUBLISHED.STATUS.eq(VersionStatus.PUBLISHED.name()))))
                .as("published");
        Field<Integer> latestNumber = DSL.field(DSL.select(DSL.max(QUESTIONNAIRE_VERSION.NUMBER)).from(QUESTIONNAIRE_VERSION)
                .where(QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID.eq(QUESTIONNAIRE.ID)));
        return db.select(QUESTIONNAIRE.ID, QUESTIONNAIRE.CODE, QUESTIONNAIRE.STATUS, QUESTIONNAIRE.OWNER_AREA_PATH,
                        LATEST.NUMBER, LATEST.STATUS, LATEST.TITLE, LATEST.UPDATED_AT, questions, publishedNumber)
                .from(QUESTIONNAIRE).join(LATEST).on(LATEST.QUESTIONNAIRE_ID.eq(QUESTIONNAIRE.ID)
                        .and(LATEST.NUMBER.eq(latestNumber)))
                .orderBy(LATEST.UPDATED_AT.desc())
                .fetch(r -> new QuestionnaireSummary(r.get(QUESTIONNAIRE.ID), r.get(QUESTIONNAIRE.CODE),
                        FormContentRepository.text(r.get(LATEST.TITLE)), ARCHIVED.equals(r.get(QUESTIONNAIRE.STATUS)),
                        r.get(LATEST.NUMBER), VersionStatus.valueOf(r.get(LATEST.STATUS)), r.get(publishedNumber),
                        r.get(questions), r.get(LATEST.UPDATED_AT), r.get(QUESTIONNAIRE.OWNER_AREA_PATH)));
    }

    long insertVersion(long questionnaireId, int number, FormDefinition definition, String source, Instant now,
            String actor) {
        QuestionnaireVersionRecord row = db.newRecord(QUESTIONNAIRE_VERSION);
        row.setQuestionnaireId(questionnaireId);
        row.setNumber(number);
        row.setStatus(VersionStatus.DRAFT.name());
        row.setTitle(FormContentRepository.json(definition.title()));
        row.setLanguages(String.join(",", definition.languages()));
        row.setSource(source.length() > 255 ? source.substring(0, 255) : source);
        row.setCreatedAt(now);
        row.setCreatedBy(actor);
        row.setUpdatedAt(now);
        row.store();
        content.replace(row.getId(), definition.sections());
        return row.getId();
    }

    void updateVersion(long versionId, FormDefinition definition, Instant now) {
        db.update(QUESTIONNAIRE_VERSION)
                .set(QUESTIONNAIRE_VERSION.TITLE, FormContentRepository.json(definition.title()))
                .set(QUESTIONNAIRE_VERSION.LANGUAGES, String.join(",", definition.languages()))
                .set(QUESTIONNAIRE_VERSION.UPDATED_AT, now)
                .where(QUESTIONNAIRE_VERSION.ID.eq(versionId)).execute();
        content.replace(versionId, definition.sections());
    }

    void markPublished(long versionId, Instant now, String actor) {
        db.update(QUESTIONNAIRE_VERSION).set(QUESTIONNAIRE_VERSION.STATUS, VersionStatus.PUBLISHED.name())
                .set(QUESTIONNAIRE_VERSION.PUBLISHED_AT, now).set(QUESTIONNAIRE_VERSION.PUBLISHED_BY, actor)
                .set(QUESTIONNAIRE_VERSION.UPDATED_AT, now)
                .where(QUESTIONNAIRE_VERSION.ID.eq(versionId)).execute();
    }

    Optional<QuestionnaireVersionRecord> latestVersion(long questionnaireId) {
        return db.selectFrom(QUESTIONNAIRE_VERSION).where(QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID.eq(questionnaireId))
                .orderBy(QUESTIONNAIRE_VERSION.NUMBER.desc()).limit(1).fetchOptional();
    }

    Optional<QuestionnaireVersionRecord> latestPublished(long questionnaireId) {
        return db.selectFrom(QUESTIONNAIRE_VERSION).where(QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID.eq(questionnaireId)
                        .and(QUESTIONNAIRE_VERSION.STATUS.eq(VersionStatus.PUBLISHED.name())))
                .orderBy(QUESTIONNAIRE_VERSION.NUMBER.desc()).limit(1).fetchOptional();
    }

    Optional<QuestionnaireVersionRecord> version(long questionnaireId, int number) {
        return db.selectFrom(QUESTIONNAIRE_VERSION).where(QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID.eq(questionnaireId)
                .and(QUESTIONNAIRE_VERSION.NUMBER.eq(number))).fetchOptional();
    }

    List<Integer> versionNumbers(long questionnaireId) {
        return db.select(QUESTIONNAIRE_VERSION.NUMBER).from(QUESTIONNAIRE_VERSION)
                .where(QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID.eq(questionnaireId))
                .orderBy(QUESTIONNAIRE_VERSION.NUMBER).fetch(QUESTIONNAIRE_VERSION.NUMBER);
    }

    /** A stored version, complete, with the questionnaire's current sampling plan. */
    FormDefinition load(QuestionnaireRecord questionnaire, QuestionnaireVersionRecord version) {
        return new FormDefinition(questionnaire.getId(), version.getNumber(), VersionStatus.valueOf(version.getStatus()),
                questionnaire.getCode(), FormContentRepository.text(version.getTitle()),
                List.of(version.getLanguages().split(",")), content.load(version.getId()), plan(questionnaire));
    }

    SamplingPlan plan(QuestionnaireRecord q) {
        List<SamplingPlan.Stratum> strata = db.selectFrom(SAMPLING_STRATUM)
                .where(SAMPLING_STRATUM.QUESTIONNAIRE_ID.eq(q.getId())).orderBy(SAMPLING_STRATUM.POSITION)
                .fetch(s -> new SamplingPlan.Stratum(s.getCode(), s.getPopulation(), s.getTarget()));
        return new SamplingPlan(SamplingPlan.Design.valueOf(q.getSamplingDesign()), q.getStratifyBy(), q.getClusterBy(),
                q.getPopulation(), q.getTarget(), strata);
    }

    void savePlan(long questionnaireId, SamplingPlan plan) {
        db.update(QUESTIONNAIRE).set(QUESTIONNAIRE.SAMPLING_DESIGN, plan.design().name())
                .set(QUESTIONNAIRE.STRATIFY_BY, plan.stratifyBy()).set(QUESTIONNAIRE.CLUSTER_BY, plan.clusterBy())
                .set(QUESTIONNAIRE.POPULATION, plan.population()).set(QUESTIONNAIRE.TARGET, plan.target())
                .where(QUESTIONNAIRE.ID.eq(questionnaireId)).execute();
        db.deleteFrom(SAMPLING_STRATUM).where(SAMPLING_STRATUM.QUESTIONNAIRE_ID.eq(questionnaireId)).execute();
        for (int i = 0; i < plan.strata().size(); i++) {
            SamplingPlan.Stratum s = plan.strata().get(i);
            db.insertInto(SAMPLING_STRATUM).set(SAMPLING_STRATUM.QUESTIONNAIRE_ID, questionnaireId)
                    .set(SAMPLING_STRATUM.POSITION, i).set(SAMPLING_STRATUM.CODE, s.code())
                    .set(SAMPLING_STRATUM.POPULATION, s.population()).set(SAMPLING_STRATUM.TARGET, s.target())
                    .execute();
        }
    }
}
