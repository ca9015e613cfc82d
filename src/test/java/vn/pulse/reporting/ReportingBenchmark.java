package vn.pulse.reporting;

import static vn.pulse.jooq.Tables.APP_USER;
import static vn.pulse.jooq.Tables.AREA;
import static vn.pulse.jooq.Tables.QUESTIONNAIRE_VERSION;
import static vn.pulse.jooq.Tables.SURVEY_VARIABLE;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pulse.base.security.Role;
import vn.pulse.fieldwork.ResponseStatus;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.LocalizedText;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.Section;
import vn.pulse.reporting.export.ResponseRows;
import vn.pulse.support.IntegrationTest;

/**
 * Benchmark, not a test (its name matches neither *Test nor *IT, so builds never run it): fills
 * a separate database with N responses (1 000 000 by default) × 20 variables of one province by
 * multi-row JDBC inserts, then times the CSV export through {@link DataExportService} as a
 * provincial leader, with the heap's peak use. Writes target/benchmarks/reporting.json. Run it
 * as the README says, with -Xmx256m:
 * <pre>
 * PULSE_TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306/ PULSE_TEST_DB_NAME=pulse_bench_reporting \
 *   ./mvnw -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dit.test=ReportingBenchmark -Dfailsafe.failIfNoSpecifiedTests=false -DargLine=-Xmx256m
 * </pre>
 * {@code -Dpulse.bench.responses=100000} makes a smaller run.
 */
class ReportingBenchmark extends IntegrationTest {

    private static final int BATCH = 1000;

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    DataExportService exports;

    @Autowired
    DSLContext db;

    @Autowired
    DataSource dataSource;

    @Test
    void csv_export_of_a_million_responses() throws Exception {
        int responses = Integer.getInteger("pulse.bench.responses", 1_000_000);
        String leader = users.ensure("bench-leader-08", Role.LEADER, "08");
        String surveyor = users.ensure("bench-surveyor-08", Role.SURVEYOR, "08");
        String admin = users.ensure("bench-admin", Role.ADMIN, null);
        FormDefinition form = users.as(admin, () -> questionnaires.create(form(), "benchmark"));
        long id = form.questionnaireId();
        FormDefinition published = users.as(admin, () -> questionnaires.publish(id));

        long started = System.nanoTime();
        int answers = fill(published, responses, surveyor);
        double fillSeconds = (System.nanoTime() - started) / 1e9;

        System.gc();
        long before = heapUsed();
        resetPeaks();
        Counting out = new Counting();
        long t0 = System.nanoTime();
        ExportResult result = users.as(leader, () -> exports.write(
                exports.prepare(new ExportRequest(id, null, ExportFormat.CSV, Set.of())), out, ResponseRows.Progress.NONE));
        double exportSeconds = (System.nanoTime() - t0) / 1e9;
        long peak = heapPeak();

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("responses", result.responses());
        json.put("variables", published.questions().size());
        json.put("answerRows", answers);
        json.put("fillSeconds", round(fillSeconds));
        json.put("csvExportSeconds", round(exportSeconds));
        json.put("csvBytes", result.bytes());
        json.put("csvTargetSeconds", 30);
        json.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1 << 20));
        json.put("heapUsedBeforeMb", before / (1 << 20));
        json.put("heapPeakDuringExportMb", peak / (1 << 20));
        json.put("cpus", Runtime.getRuntime().availableProcessors());
        json.put("systemLoadAverage", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        json.put("java", System.getProperty("java.version"));
        write(json);
        if (result.responses() != responses) {
            throw new AssertionError("exported " + result.responses() + " of " + responses);
        }
    }

    /** Twenty variables of the usual kinds: 8 single choices, 4 Likert, numbers, 2 multiple choices, a matrix, text, date. */
    static FormDefinition form() {
        List<Choice> five = List.of(c("1", "Rất không đồng ý"), c("2", "Không đồng ý"), c("3", "Phân vân"),
                c("4", "Đồng ý"), c("5", "Rất đồng ý"));
        List<Question> q = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            q.add(Question.builder("chon_" + i, QuestionType.SELECT_ONE).label("Câu chọn " + i)
                    .choices(List.of(c("a", "Phương án a"), c("b", "Phương án b"), c("c", "Phương án c"))).build());
        }
        for (int i = 1; i <= 4; i++) {
            q.add(Question.builder("thang_" + i, QuestionType.LIKERT).label("Thang đo " + i).choices(five).build());
        }
        q.add(Question.builder("tuoi", QuestionType.INTEGER).label("Tuổi").build());
        q.add(Question.builder("so_nguoi", QuestionType.INTEGER).label("Số người trong hộ").build());
        q.add(Question.builder("thu_nhap", QuestionType.DECIMAL).label("Thu nhập").build());
        for (int i = 1; i <= 2; i++) {
            q.add(Question.builder("nhieu_" + i, QuestionType.SELECT_MULTIPLE).label("Chọn nhiều " + i)
                    .choices(List.of(c("x", "X"), c("y", "Y"), c("z", "Z"))).build());
        }
        q.add(Question.builder("bang", QuestionType.MATRIX).label("Bảng đánh giá")
                .choices(List.of(c("kem", "Kém"), c("tb", "Trung bình"), c("tot", "Tốt")))
                .items(List.of(c("mot", "Một"), c("hai", "Hai"))).build());
        q.add(Question.builder("y_kien", QuestionType.TEXT).label("Ý kiến").build());
        q.add(Question.builder("ngay", QuestionType.DATE).label("Ngày").build());
        return FormDefinition.unsaved("bench_" + UUID.randomUUID().toString().substring(0, 8),
                LocalizedText.of("Khảo sát đo hiệu năng"), List.of("vi"),
                List.of(new Section("chung", LocalizedText.of("Chung"), null, q)), null);
    }

    private static Choice c(String name, String label) {
        return new Choice(name, LocalizedText.of(label));
    }

    /** Multi-row inserts, 1 000 responses and their answers per statement pair; returns the answer rows. */
    private int fill(FormDefinition form, int responses, String surveyor) throws SQLException {
        long questionnaire = form.questionnaireId();
        long version = db.select(QUESTIONNAIRE_VERSION.ID).from(QUESTIONNAIRE_VERSION)
                .where(QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID.eq(questionnaire)).fetchOne(QUESTIONNAIRE_VERSION.ID);
        long collector = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(surveyor)).fetchOne(APP_USER.ID);
        Map<String, Long> variables = new LinkedHashMap<>();
        for (Question q : form.questions()) {
            variables.put(q.name(), db.insertInto(SURVEY_VARIABLE).set(SURVEY_VARIABLE.QUESTIONNAIRE_ID, questionnaire)
                    .set(SURVEY_VARIABLE.NAME, q.name()).set(SURVEY_VARIABLE.TYPE, q.type().word())
                    .returningResult(SURVEY_VARIABLE.ID).fetchOne(SURVEY_VARIABLE.ID));
        }
        var communes = db.select(AREA.ID, AREA.PATH, AREA.CODE).from(AREA)
                .where(AREA.PATH.like("/08/%").and(AREA.LEVEL.eq("commune"))).fetch();
        Long last = db.select(org.jooq.impl.DSL.max(vn.pulse.jooq.Tables.RESPONSE.ID)).from(vn.pulse.jooq.Tables.RESPONSE)
                .fetchOne(0, Long.class);
        long firstId = last == null ? 1 : last + 1;
        int answerRows = 0;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET foreign_key_checks = 0");
            s.execute("SET unique_checks = 0");
            c.setAutoCommit(false);
            for (int start = 0; start < responses; start += BATCH) {
                int end = Math.min(responses, start + BATCH);
                StringBuilder r = new StringBuilder("INSERT INTO response (id, uuid, questionnaire_id, version_id, "
                        + "version_number, area_id, area_path, stratum, collector_id, entered_by, channel, status, "
                        + "received_at, interview_date, updated_at) VALUES ");
                StringBuilder a = new StringBuilder("INSERT INTO response_answer (response_id, variable_id, item, "
                        + "choice, num_value, text_value) VALUES ");
                boolean firstAnswer = true;
                for (int i = start; i < end; i++) {
                    long id = firstId + i;
                    var area = communes.get(i % communes.size());
                    LocalDate day = LocalDate.of(2025, 10, 1).plusDays(i % 31);
                    if (i > start) {
                        r.append(',');
                    }
                    r.append('(').append(id).append(",'").append(new UUID(0x5eed, id)).append("',").append(questionnaire)
                            .append(',').append(version).append(",1,").append(area.value1()).append(",'")
                            .append(area.value2()).append("','").append(area.value3()).append("',").append(collector)
                            .append(',').append(collector).append(",'FORM','")
                            .append(i % 5 == 0 ? ResponseStatus.SUBMITTED : ResponseStatus.APPROVED)
                            .append("','2025-11-01 00:00:00','").append(day).append("','2025-11-01 00:00:00')");
                    for (String row : answers(i, id, variables, day)) {
                        a.append(firstAnswer ? "" : ",").append(row);
                        firstAnswer = false;
                        answerRows++;
                    }
                }
                s.executeUpdate(r.toString());
                s.executeUpdate(a.toString());
                c.commit();
            }
            c.setAutoCommit(true);
        }
        return answerRows;
    }

    private static List<String> answers(int i, long id, Map<String, Long> v, LocalDate day) {
        List<String> rows = new ArrayList<>(24);
        String[] abc = {"a", "b", "c"};
        for (int k = 1; k <= 8; k++) {
            rows.add(row(id, v.get("chon_" + k), "", abc[(i + k) % 3], null, null));
        }
        for (int k = 1; k <= 4; k++) {
            rows.add(row(id, v.get("thang_" + k), "", "", String.valueOf(1 + (i * 7 + k) % 5), null));
        }
        rows.add(row(id, v.get("tuoi"), "", "", String.valueOf(18 + i % 60), null));
        rows.add(row(id, v.get("so_nguoi"), "", "", String.valueOf(1 + i % 7), null));
        rows.add(row(id, v.get("thu_nhap"), "", "", String.format(Locale.ROOT, "%.1f", 3.5 + (i % 200) / 10.0), null));
        for (int k = 1; k <= 2; k++) {
            rows.add(row(id, v.get("nhieu_" + k), "", "x", null, null));
            if ((i + k) % 2 == 0) {
                rows.add(row(id, v.get("nhieu_" + k), "", "z", null, null));
            }
        }
        rows.add(row(id, v.get("bang"), "mot", abc[i % 3], String.valueOf(1 + i % 3), null));
        rows.add(row(id, v.get("bang"), "hai", abc[(i + 1) % 3], String.valueOf(1 + (i + 1) % 3), null));
        if (i % 10 == 0) {
            rows.add(row(id, v.get("y_kien"), "", "", null, "'Người dân đồng tình, nhưng còn bức xúc về giá'"));
        }
        rows.add(row(id, v.get("ngay"), "", "", null, "'" + day + "'"));
        return rows;
    }

    private static String row(long response, long variable, String item, String choice, String number, String text) {
        return "(" + response + "," + variable + ",'" + item + "','" + choice + "'," + (number == null ? "NULL" : number) + ","
                + (text == null ? "NULL" : text) + ")";
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the reset: an upper bound of the heap in use at any time. */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static double round(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }

    private static void write(Map<String, Object> values) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "benchmarks"));
        StringBuilder s = new StringBuilder("{\n");
        int n = 0;
        for (var e : values.entrySet()) {
            s.append("  \"").append(e.getKey()).append("\": ");
            s.append(e.getValue() instanceof String text ? "\"" + text + "\"" : String.valueOf(e.getValue()));
            s.append(++n < values.size() ? ",\n" : "\n");
        }
        Files.writeString(dir.resolve("reporting.json"), s.append("}\n").toString());
        System.out.println("BENCHMARK " + s);
    }

    /** Counts what the export writes and throws it away, as a fast client would read it. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
