package vn.pulse.fieldwork;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pulse.area.Area;
import vn.pulse.base.security.SystemUser;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.support.IntegrationTest;

/**
 * Ingest rate of the pipeline against a plain JDBC batch insert of the same rows (no checks), on
 * the test database: run by hand, never in the suite (it asserts nothing about time):
 * {@code ./mvnw verify -Dtest=none -Dit.test=SubmissionIngestBenchmark -Dfailsafe.failIfNoSpecifiedTests=false}
 * ({@code -Dpulse.benchmark.responses=1000000} for the full run). Prints responses per second.
 */
class SubmissionIngestBenchmark extends IntegrationTest {

    private static final int BATCH = 1_000;

    @Autowired
    SubmissionService submissions;

    @Autowired
    FieldworkFixtures fixtures;

    @Autowired
    DataSource dataSource;

    @Test
    void pipeline_against_plain_jdbc() throws Exception {
        int total = Integer.getInteger("pulse.benchmark.responses", 20_000);
        String surveyor = fixtures.surveyor("fw-bench-surveyor-08", "08");
        Area commune = fixtures.communeOf("08");
        FormDefinition survey = fixtures.publishedSurvey();
        long questionnaireId = survey.questionnaireId();
        users.as(surveyor, () -> submissions.submit(questionnaireId, batch(commune, BATCH)));  // warm up

        long start = System.nanoTime();
        for (int done = 0; done < total; done += BATCH) {
            List<SubmissionResult> results = users.as(surveyor, () -> submissions.submit(questionnaireId,
                    batch(commune, BATCH)));
            if (results.stream().anyMatch(r -> !r.isCreated())) {
                throw new IllegalStateException("not all created: " + results.getFirst());
            }
        }
        double pipeline = total / ((System.nanoTime() - start) / 1e9);

        Map<String, Long> variables = SystemUser.call(() -> variableIds(questionnaireId));
        long collector = users.as(surveyor, () -> vn.pulse.base.security.CurrentUser.require().id());
        long versionId;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT version_id FROM response WHERE questionnaire_id = ? LIMIT 1")) {
            s.setLong(1, questionnaireId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                versionId = rs.getLong(1);
            }
        }
        start = System.nanoTime();
        for (int done = 0; done < total; done += BATCH) {
            plainJdbc(questionnaireId, versionId, survey.version(), commune, collector, variables);
        }
        double jdbc = total / ((System.nanoTime() - start) / 1e9);
        System.out.printf("%n%d responses of 8 answers: pipeline %.0f/s, plain JDBC batch %.0f/s (%.0f%%)%n%n",
                total, pipeline, jdbc, 100 * pipeline / jdbc);
    }

    private static List<Submission> batch(Area commune, int size) {
        List<Submission> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            batch.add(FieldworkFixtures.valid(commune.code(), FieldworkFixtures.answers(18 + i % 80)));
        }
        return batch;
    }

    private Map<String, Long> variableIds(long questionnaireId) {
        Map<String, Long> ids = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT name, id FROM survey_variable WHERE questionnaire_id = ?")) {
            s.setLong(1, questionnaireId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    /** The same rows the pipeline writes for a batch, straight through JDBC: the yardstick. */
    private void plainJdbc(long questionnaireId, long versionId, int version, Area area, long collector,
            Map<String, Long> variables) throws Exception {
        List<String> uuids = new ArrayList<>(BATCH);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO response (uuid, questionnaire_id, version_id, version_number, area_id, area_path, stratum,
                      cluster, collector_id, entered_by, channel, status, started_at, completed_at, received_at,
                      duration_seconds, interview_date, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'API', 'SUBMITTED', ?, ?, ?, 600, ?, ?)""")) {
                for (int i = 0; i < BATCH; i++) {
                    String uuid = UUID.randomUUID().toString();
                    uuids.add(uuid);
                    s.setString(1, uuid);
                    s.setLong(2, questionnaireId);
                    s.setLong(3, versionId);
                    s.setInt(4, version);
                    s.setLong(5, area.id());
                    s.setString(6, area.path());
                    s.setString(7, "08");
                    s.setString(8, area.code());
                    s.setLong(9, collector);
                    s.setLong(10, collector);
                    s.setTimestamp(11, now);
                    s.setTimestamp(12, now);
                    s.setTimestamp(13, now);
                    s.setObject(14, LocalDate.now());
                    s.setTimestamp(15, now);
                    s.addBatch();
                }
                s.executeBatch();
            }
            List<Long> ids = new ArrayList<>(BATCH);
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM response WHERE uuid IN ("
                    + String.join(",", java.util.Collections.nCopies(uuids.size(), "?")) + ")")) {
                for (int i = 0; i < uuids.size(); i++) {
                    s.setString(i + 1, uuids.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO response_answer (response_id, variable_id, item, "
                    + "choice, num_value, text_value) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (long id : ids) {
                    add(s, id, variables.get("dong_y"), "", "co", null);
                    add(s, id, variables.get("tuoi"), "", "", 40.0);
                    add(s, id, variables.get("nam_sinh"), "", "", 1986.0);
                    add(s, id, variables.get("chu_de"), "", "gia_ca", null);
                    add(s, id, variables.get("chu_de"), "", "y_te", null);
                    add(s, id, variables.get("diem"), "", "", 7.0);
                    add(s, id, variables.get("tin_tuong"), "chinh_quyen", "3", 3.0);
                    add(s, id, variables.get("tin_tuong"), "cong_an", "2", 2.0);
                }
                s.executeBatch();
            }
            c.commit();
        }
    }

    private static void add(PreparedStatement s, long responseId, long variableId, String item, String choice,
            Double number) throws java.sql.SQLException {
        s.setLong(1, responseId);
        s.setLong(2, variableId);
        s.setString(3, item);
        s.setString(4, choice);
        s.setObject(5, number);
        s.setString(6, null);
        s.addBatch();
    }
}
