package vn.pulse.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.pulse.fieldwork.ResponseStatus;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.Question;

/**
 * The fast path: responses straight into the V20 tables with plain JDBC batches, stored as the
 * pipeline stores them (submitted, with stratum and PSU), one transaction per batch; no
 * validation, no events, no rollups, no audit per response. It exists for the benchmark (the
 * yardstick the submission pipeline is measured against) and for loading large demo sets; rollups
 * must be rebuilt afterwards. Uuids already stored are skipped.
 */
final class JdbcResponseWriter implements ResponseSink {

    private static final String INSERT_RESPONSE = """
            INSERT IGNORE INTO response (uuid, questionnaire_id, version_id, version_number, area_id, area_path,
                stratum, cluster, collector_id, entered_by, channel, status, started_at, completed_at, received_at,
                duration_seconds, interview_date, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'FORM', ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_ANSWER = """
            INSERT IGNORE INTO response_answer (response_id, variable_id, item, choice, num_value, text_value)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private final DataSource dataSource;
    private final FormDefinition form;
    private final long versionId;
    private final Map<String, Long> variables;

    JdbcResponseWriter(DataSource dataSource, FormDefinition form) {
        this.dataSource = dataSource;
        this.form = form;
        try (Connection c = dataSource.getConnection()) {
            this.versionId = versionId(c);
            this.variables = variables(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the fast path: " + e.getMessage(), e);
        }
    }

    @Override
    public int write(List<GeneratedResponse> batch) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Map<String, Long> stored = ids(c, batch);
                List<GeneratedResponse> fresh = batch.stream().filter(r -> !stored.containsKey(r.uuid())).toList();
                if (!fresh.isEmpty()) {
                    insertResponses(c, fresh);
                    insertAnswers(c, fresh, ids(c, fresh));
                }
                c.commit();
                return fresh.size();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Fast path insert failed: " + e.getMessage(), e);
        }
    }

    private void insertResponses(Connection c, List<GeneratedResponse> batch) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT_RESPONSE)) {
            for (GeneratedResponse r : batch) {
                Instant received = ResponseRows.receivedAt(r);
                int k = 1;
                s.setString(k++, r.uuid());
                s.setLong(k++, form.questionnaireId());
                s.setLong(k++, versionId);
                s.setInt(k++, form.version());
                s.setLong(k++, r.site().areaId());
                s.setString(k++, r.site().path());
                s.setString(k++, r.site().provinceCode());
                s.setString(k++, r.site().code());
                s.setLong(k++, r.collector().id());
                s.setLong(k++, r.collector().id());
                s.setString(k++, ResponseStatus.SUBMITTED.name());
                s.setObject(k++, utc(r.startedAt()));
                s.setObject(k++, utc(r.completedAt()));
                s.setObject(k++, utc(received));
                s.setInt(k++, r.durationSeconds());
                s.setObject(k++, r.interviewDate());
                s.setObject(k, utc(received));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static Map<String, Long> ids(Connection c, List<GeneratedResponse> batch) throws SQLException {
        Map<String, Long> ids = new HashMap<>(batch.size() * 2);
        String marks = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
        try (PreparedStatement s = c.prepareStatement("SELECT id, uuid FROM response WHERE uuid IN (" + marks + ")")) {
            for (int i = 0; i < batch.size(); i++) {
                s.setString(i + 1, batch.get(i).uuid());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private void insertAnswers(Connection c, List<GeneratedResponse> batch, Map<String, Long> ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT_ANSWER)) {
            for (GeneratedResponse r : batch) {
                long responseId = ids.get(r.uuid());
                for (ResponseRows.AnswerRow a : ResponseRows.answers(form, r)) {
                    s.setLong(1, responseId);
                    s.setLong(2, variables.get(a.variable()));
                    s.setString(3, a.item());
                    s.setString(4, a.choice());
                    if (a.number() == null) {
                        s.setNull(5, Types.DOUBLE);
                    } else {
                        s.setDouble(5, a.number());
                    }
                    s.setString(6, a.text());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    private long versionId(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM questionnaire_version WHERE questionnaire_id = ? AND number = ?")) {
            s.setLong(1, form.questionnaireId());
            s.setInt(2, form.version());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no version " + form.version() + " of " + form.code());
                }
                return rs.getLong(1);
            }
        }
    }

    /** survey_variable rows of the questionnaire's input questions, created when missing. */
    private Map<String, Long> variables(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO survey_variable (questionnaire_id, name, type) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE type = VALUES(type)""")) {
            for (Question q : form.questions()) {
                if (q.type().isInput()) {
                    s.setLong(1, form.questionnaireId());
                    s.setString(2, q.name());
                    s.setString(3, q.type().word());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT name, id FROM survey_variable WHERE questionnaire_id = ?")) {
            s.setLong(1, form.questionnaireId());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    /** DATETIME columns hold UTC instants (see UtcInstantConverter). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
