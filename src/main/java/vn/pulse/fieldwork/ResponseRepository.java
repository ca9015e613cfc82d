package vn.pulse.fieldwork;

import static vn.pulse.jooq.Tables.RESPONSE;
import static vn.pulse.jooq.Tables.RESPONSE_ANSWER;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Writes responses with their answers (the only writer of {@code response} and
 * {@code response_answer}) and answers the lookups the pipeline needs. Answers go in one JDBC
 * batch per call: no round trip per answer.
 */
@Repository
class ResponseRepository {

    /** A response already stored under a uuid. */
    record Existing(long id, String uuid, long questionnaireId, String areaPath, long collectorId,
            ResponseStatus status) {
    }

    private final DSLContext db;

    ResponseRepository(DSLContext db) {
        this.db = db;
    }

    Map<String, Existing> findByUuids(Collection<String> uuids) {
        Map<String, Existing> found = new HashMap<>();
        if (uuids.isEmpty()) {
            return found;
        }
        db.select(RESPONSE.ID, RESPONSE.UUID, RESPONSE.QUESTIONNAIRE_ID, RESPONSE.AREA_PATH, RESPONSE.COLLECTOR_ID,
                        RESPONSE.STATUS)
                .from(RESPONSE).where(RESPONSE.UUID.in(uuids))
                .forEach(r -> found.put(r.value2(), new Existing(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), ResponseStatus.valueOf(r.value6()))));
        return found;
    }

    Optional<Existing> findByUuid(String uuid) {
        return Optional.ofNullable(findByUuids(List.of(uuid)).get(uuid));
    }

    /** Form numbers of paper questionnaires already entered for this questionnaire. */
    Set<String> takenFormNumbers(long questionnaireId, Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.select(RESPONSE.FORM_NUMBER).from(RESPONSE)
                .where(RESPONSE.QUESTIONNAIRE_ID.eq(questionnaireId), RESPONSE.FORM_NUMBER.in(numbers))
                .fetch(RESPONSE.FORM_NUMBER));
    }

    /**
     * Inserts responses and all their answers (in the caller's transaction). Returns the new ids by
     * uuid. All responses belong to one questionnaire. A uuid or form number taken meanwhile fails the whole call (the caller rolls back).
     */
    Map<String, Long> insert(List<Accepted> responses, Map<Integer, Map<String, Long>> variablesByVersion,
            Map<Integer, Long> versionIds, Instant receivedAt) {
        BatchBindStep heads = db.batch(db.insertInto(RESPONSE, RESPONSE.UUID, RESPONSE.QUESTIONNAIRE_ID,
                        RESPONSE.VERSION_ID, RESPONSE.VERSION_NUMBER, RESPONSE.AREA_ID, RESPONSE.AREA_PATH,
                        RESPONSE.STRATUM, RESPONSE.CLUSTER, RESPONSE.ASSIGNMENT_ID, RESPONSE.COLLECTOR_ID,
                        RESPONSE.ENTERED_BY, RESPONSE.CHANNEL, RESPONSE.FORM_NUMBER, RESPONSE.STATUS,
                        RESPONSE.STARTED_AT, RESPONSE.COMPLETED_AT, RESPONSE.RECEIVED_AT, RESPONSE.DURATION_SECONDS,
                        RESPONSE.INTERVIEW_DATE, RESPONSE.LATITUDE, RESPONSE.LONGITUDE, RESPONSE.LOCATION_ACCURACY,
                        RESPONSE.USER_AGENT, RESPONSE.PARADATA, RESPONSE.UPDATED_AT)
                .values((String) null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null));
        for (Accepted a : responses) {
            heads.bind(a.uuid(), a.form().questionnaireId(), versionIds.get(a.form().version()), a.form().version(),
                    a.area().id(), a.area().path(), a.stratum(), a.cluster(), a.assignmentId(), a.collectorId(),
                    a.enteredBy(), a.channel().name(), a.formNumber(), ResponseStatus.SUBMITTED.name(), a.startedAt(),
                    a.completedAt(), receivedAt, a.durationSeconds(), a.interviewDate(),
                    a.location() == null ? null : a.location().lat(), a.location() == null ? null : a.location().lon(),
                    a.location() == null ? null : a.location().accuracy(), a.userAgent(), a.paradata(), receivedAt);
        }
        heads.execute();
        Map<String, Long> ids = new HashMap<>();
        db.select(RESPONSE.UUID, RESPONSE.ID).from(RESPONSE)
                .where(RESPONSE.UUID.in(responses.stream().map(Accepted::uuid).toList()))
                .forEach(r -> ids.put(r.value1(), r.value2()));
        BatchBindStep answers = db.batch(db.insertInto(RESPONSE_ANSWER, RESPONSE_ANSWER.RESPONSE_ID,
                        RESPONSE_ANSWER.VARIABLE_ID, RESPONSE_ANSWER.ITEM, RESPONSE_ANSWER.CHOICE,
                        RESPONSE_ANSWER.NUM_VALUE, RESPONSE_ANSWER.TEXT_VALUE)
                .values((Long) null, null, null, null, null, null));
        int[] count = {0};
        for (Accepted a : responses) {
            long responseId = ids.get(a.uuid());
            AnswerRows.forEach(a.form(), a.answers(), variablesByVersion.get(a.form().version()), row -> {
                answers.bind(responseId, row.variableId(), row.item(), row.choice(), row.number(), row.text());
                count[0]++;
            });
        }
        if (count[0] > 0) {
            answers.execute();
        }
        return ids;
    }
}
