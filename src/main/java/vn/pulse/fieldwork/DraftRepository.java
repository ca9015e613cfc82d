package vn.pulse.fieldwork;

import static vn.pulse.jooq.Tables.RESPONSE_DRAFT;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.pulse.jooq.tables.records.ResponseDraftRecord;

/** Surveyors' drafts: answers and paradata kept as JSON, read only by their owner. */
@Repository
class DraftRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private final DSLContext db;

    DraftRepository(DSLContext db) {
        this.db = db;
    }

    long insert(String uuid, long questionnaireId, int version, Long assignmentId, long surveyorId, String areaCode,
            Map<String, Object> answers, Long replacesResponseId, Instant now) {
        return db.insertInto(RESPONSE_DRAFT)
                .set(RESPONSE_DRAFT.UUID, uuid)
                .set(RESPONSE_DRAFT.QUESTIONNAIRE_ID, questionnaireId)
                .set(RESPONSE_DRAFT.VERSION_NUMBER, version)
                .set(RESPONSE_DRAFT.ASSIGNMENT_ID, assignmentId)
                .set(RESPONSE_DRAFT.SURVEYOR_ID, surveyorId)
                .set(RESPONSE_DRAFT.AREA_CODE, areaCode)
                .set(RESPONSE_DRAFT.ANSWERS, JSON.writeValueAsString(answers))
                .set(RESPONSE_DRAFT.REPLACES_RESPONSE_ID, replacesResponseId)
                .set(RESPONSE_DRAFT.STARTED_AT, now)
                .set(RESPONSE_DRAFT.UPDATED_AT, now)
                .returning(RESPONSE_DRAFT.ID).fetchOne().getId();
    }

    /** Saves only the owner's draft; false when there is none. */
    boolean update(String uuid, long surveyorId, String areaCode, Map<String, Object> answers,
            Map<String, Object> paradata, Instant now) {
        return db.update(RESPONSE_DRAFT)
                .set(RESPONSE_DRAFT.ANSWERS, JSON.writeValueAsString(answers))
                .set(RESPONSE_DRAFT.PARADATA, paradata == null ? null : JSON.writeValueAsString(paradata))
                .set(RESPONSE_DRAFT.AREA_CODE, areaCode)
                .set(RESPONSE_DRAFT.UPDATED_AT, now)
                .where(RESPONSE_DRAFT.UUID.eq(uuid), RESPONSE_DRAFT.SURVEYOR_ID.eq(surveyorId))
                .execute() == 1;
    }

    Optional<Draft> findOwn(String uuid, long surveyorId) {
        return db.selectFrom(RESPONSE_DRAFT)
                .where(RESPONSE_DRAFT.UUID.eq(uuid), RESPONSE_DRAFT.SURVEYOR_ID.eq(surveyorId))
                .fetchOptional().map(DraftRepository::draft);
    }

    List<Draft> ofSurveyor(long surveyorId) {
        return db.selectFrom(RESPONSE_DRAFT).where(RESPONSE_DRAFT.SURVEYOR_ID.eq(surveyorId))
                .orderBy(RESPONSE_DRAFT.UPDATED_AT.desc()).fetch().map(DraftRepository::draft);
    }

    boolean delete(String uuid, long surveyorId) {
        return db.deleteFrom(RESPONSE_DRAFT)
                .where(RESPONSE_DRAFT.UUID.eq(uuid), RESPONSE_DRAFT.SURVEYOR_ID.eq(surveyorId)).execute() == 1;
    }

    private static Draft draft(ResponseDraftRecord r) {
        return new Draft(r.getId(), r.getUuid(), r.getQuestionnaireId(), r.getVersionNumber(), r.getAssignmentId(),
                r.getSurveyorId(), r.getAreaCode(), JSON.readValue(r.getAnswers(), MAP),
                r.getParadata() == null ? Map.of() : JSON.readValue(r.getParadata(), MAP), r.getStartedAt(),
                r.getUpdatedAt(), r.getReplacesResponseId());
    }
}
