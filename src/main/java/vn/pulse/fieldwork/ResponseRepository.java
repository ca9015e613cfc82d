package vn.pulse.fieldwork;

import static vn.pulse.jooq.Tables.RESPONSE;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
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
     * uuid. All responses belong to one questionnaire. A uuid or form number taken meanwhile fails
     * the whole call (the caller rolls back). Plain JDBC batches on the transaction's connection:
     * this is the hot path of bulk ingest, and per-row query building would halve its rate.
     */
    Map<String, Long> insert(List<Accepted> responses, Map<Integer, Map<String, Long>> variablesByVersion,
            Map<Integer, Long> versionIds, Instant receivedAt) {
        return db.connectionResult(connection -> {
            try {
                return insert(connection, responses, variablesByVersion, versionIds, receivedAt);
            } catch (SQLException e) {
                throw translate(e);
            }
        });
    }

    private Map<String, Long> insert(Connection connection, List<Accepted> responses,
            Map<Integer, Map<String, Long>> variablesByVersion, Map<Integer, Long> versionIds, Instant receivedAt)
            throws SQLException {
        try (PreparedStatement heads = connection.prepareStatement(INSERT_RESPONSE)) {
            LocalDateTime received = utc(receivedAt);
            for (Accepted a : responses) {
                int c = 0;
                heads.setString(++c, a.uuid());
                heads.setLong(++c, a.form().questionnaireId());
                heads.setLong(++c, versionIds.get(a.form().version()));
                heads.setInt(++c, a.form().version());
                heads.setLong(++c, a.area().id());
                heads.setString(++c, a.area().path());
                heads.setString(++c, a.stratum());
                heads.setString(++c, a.cluster());
                heads.setObject(++c, a.assignmentId(), Types.BIGINT);
                heads.setLong(++c, a.collectorId());
                heads.setLong(++c, a.enteredBy());
                heads.setString(++c, a.channel().name());
                heads.setString(++c, a.formNumber());
                heads.setString(++c, ResponseStatus.SUBMITTED.name());
                heads.setObject(++c, utc(a.startedAt()), Types.TIMESTAMP);
                heads.setObject(++c, utc(a.completedAt()), Types.TIMESTAMP);
                heads.setObject(++c, received, Types.TIMESTAMP);
                heads.setObject(++c, a.durationSeconds(), Types.INTEGER);
                heads.setObject(++c, a.interviewDate(), Types.DATE);
                Location l = a.location();
                heads.setObject(++c, l == null ? null : l.lat(), Types.DOUBLE);
                heads.setObject(++c, l == null ? null : l.lon(), Types.DOUBLE);
                heads.setObject(++c, l == null ? null : l.accuracy(), Types.DOUBLE);
                heads.setString(++c, a.userAgent());
                heads.setString(++c, a.paradata());
                heads.setObject(++c, received, Types.TIMESTAMP);
                heads.addBatch();
            }
            heads.executeBatch();
        }
        Map<String, Long> ids = new HashMap<>();
        db.select(RESPONSE.UUID, RESPONSE.ID).from(RESPONSE)
                .where(RESPONSE.UUID.in(responses.stream().map(Accepted::uuid).toList()))
                .forEach(r -> ids.put(r.value1(), r.value2()));
        try (PreparedStatement answers = connection.prepareStatement(INSERT_ANSWER)) {
            int count = 0;
            for (Accepted a : responses) {
                long responseId = ids.get(a.uuid());
                for (AnswerRows.Row row : AnswerRows.of(a.form(), a.answers(),
                        variablesByVersion.get(a.form().version()))) {
                    answers.setLong(1, responseId);
                    answers.setLong(2, row.variableId());
                    answers.setString(3, row.item());
                    answers.setString(4, row.choice());
                    answers.setObject(5, row.number(), Types.DOUBLE);
                    answers.setString(6, row.text());
                    answers.addBatch();
                    count++;
                }
            }
            if (count > 0) {
                answers.executeBatch();
            }
        }
        return ids;
    }

    /** What the rest of Spring understands: a key taken (23xxx) or a lock lost (deadlock, lock wait). */
    static RuntimeException translate(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.startsWith("23") || sql.getErrorCode() == 1062) {
                    return new DataIntegrityViolationException(sql.getMessage(), e);
                }
                if (state.equals("40001") || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205) {
                    return new CannotAcquireLockException(sql.getMessage(), e);
                }
            }
        }
        return new UncategorizedSQLException("storing responses", null, e);
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static final String INSERT_RESPONSE = """
            INSERT INTO response (uuid, questionnaire_id, version_id, version_number, area_id, area_path, stratum, \
            cluster, assignment_id, collector_id, entered_by, channel, form_number, status, started_at, completed_at, \
            received_at, duration_seconds, interview_date, latitude, longitude, location_accuracy, user_agent, \
            paradata, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_ANSWER = """
            INSERT INTO response_answer (response_id, variable_id, item, choice, num_value, text_value) \
            VALUES (?, ?, ?, ?, ?, ?)""";
}
