package vn.pulse.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pulse.jooq.Tables.AUDIT_EVENT;
import static vn.pulse.jooq.Tables.RESPONSE;
import static vn.pulse.jooq.Tables.RESPONSE_ANSWER;
import static vn.pulse.jooq.Tables.SURVEY_VARIABLE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.pulse.base.DomainException;
import vn.pulse.fieldwork.ResponseStatus;
import vn.pulse.reporting.export.ResponseRows;
import vn.pulse.support.Api;
import vn.pulse.support.IntegrationTest;
import vn.pulse.support.TestUsers;

/**
 * Exports of the known survey ({@link ResponseFixtures}) read back and compared with what the
 * response tables hold for the same scope and statuses.
 */
class DataExportIT extends IntegrationTest {

    @Autowired
    DataExportService exports;

    @Autowired
    ResponseFixtures fixtures;

    @Autowired
    DSLContext db;

    private long questionnaire;
    private String leader;

    @BeforeEach
    void arrange() {
        questionnaire = fixtures.arrange();
        leader = fixtures.leader();
    }

    @Test
    void csv_export_holds_one_row_per_counted_response_of_the_area_and_matches_the_database() throws IOException {
        Export csv = export(leader, ExportFormat.CSV, Set.of());
        assertThat(csv.bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<Map<String, String>> rows = csv(csv.bytes);
        Map<Long, Map<String, String>> expected = expected(Set.of(ResponseStatus.SUBMITTED, ResponseStatus.APPROVED), "/08/");

        assertThat(rows).as("80 counted responses of Tuyên Quang; Lai Châu, rejected and returned left out").hasSize(80);
        assertThat(csv.result.responses()).isEqualTo(80);
        assertThat(rows.getFirst().keySet()).containsExactly("response_id", "version", "status", "area_code",
                "interview_date", "stratum", "cluster", "gioi_tinh", "tuoi", "hai_long", "kenh_tv", "kenh_bao", "kenh_mxh",
                "danh_gia_thai_do", "danh_gia_thoi_gian", "y_kien", "ngay_kham", "chi_phi");
        for (Map<String, String> row : rows) {
            assertThat(row).as("response " + row.get("response_id"))
                    .isEqualTo(expected.get(Long.parseLong(row.get("response_id"))));
        }
        assertThat(rows.stream().map(r -> r.get("response_id")).map(Long::parseLong).toList())
                .as("in response id order").isSorted().containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(rows).extracting(r -> r.get("y_kien")).contains(ResponseFixtures.TRICKY_TEXT);
        assertThat(rows).as("a multiple choice left unanswered stays empty, an answered one has 0/1")
                .anySatisfy(r -> assertThat(List.of(r.get("kenh_tv"), r.get("kenh_bao"), r.get("kenh_mxh")))
                        .containsExactly("", "", ""))
                .anySatisfy(r -> assertThat(List.of(r.get("kenh_tv"), r.get("kenh_bao"), r.get("kenh_mxh")))
                        .containsExactly("0", "1", "0"));
        assertThat(new String(csv.bytes, StandardCharsets.UTF_8)).doesNotContain("22.8", "104.98", "sv-surveyor-08");

        String hash = HexFormat.of().formatHex(sha256(csv.bytes));
        assertThat(csv.result.sha256()).isEqualTo(hash);
        assertThat(db.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.DETAILS).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTOR.eq(leader).and(AUDIT_EVENT.TARGET_ID.eq(questionnaire + " v1")))
                .fetch(r -> r.value1() + " " + r.value2()))
                .contains("export.started csv statuses=approved,submitted")
                .anySatisfy(line -> assertThat(line).startsWith("export.completed csv").contains("responses=80",
                        "sha256=" + hash));
    }

    @Test
    void xlsx_export_holds_the_same_values_with_numbers_as_numbers() throws IOException {
        List<Map<String, String>> csvRows = csv(export(leader, ExportFormat.CSV, Set.of()).bytes);
        Export xlsx = export(leader, ExportFormat.XLSX, Set.of());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(80);
            Row header = sheet.getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(c -> names.add(c.getStringCellValue()));
            assertThat(names).containsExactlyElementsOf(csvRows.getFirst().keySet());
            for (int r = 1; r <= 80; r++) {
                Row row = sheet.getRow(r);
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < names.size(); c++) {
                    values.put(names.get(c), text(row.getCell(c)));
                }
                assertThat(values).isEqualTo(csvRows.get(r - 1));
            }
            int age = names.indexOf("tuoi");
            assertThat(sheet.getRow(1).getCell(age).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void other_statuses_are_exported_only_when_asked_for() throws IOException {
        List<Map<String, String>> rows = csv(export(leader, ExportFormat.CSV, Set.of(ResponseStatus.REJECTED)).bytes);
        Map<Long, Map<String, String>> expected = expected(Set.of(ResponseStatus.REJECTED), "/08/");
        assertThat(rows).hasSize(3).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("rejected"));
        rows.forEach(r -> assertThat(r).isEqualTo(expected.get(Long.parseLong(r.get("response_id")))));
    }

    @Test
    void spss_syntax_and_codebook_label_every_column_in_vietnamese() throws IOException {
        String sps = new String(export(leader, ExportFormat.SPSS, Set.of()).bytes, StandardCharsets.UTF_8);
        assertThat(sps).contains("GET DATA", "/ENCODING='UTF8'", "/FILE='" + code() + "_v1.csv'",
                "RECODE pulsetmp7 ('nam'=1) ('nu'=2) ('khac'=3) (ELSE=SYSMIS) INTO gioi_tinh.",
                "gioi_tinh 'Giới tính'", "kenh_mxh 'Kênh thông tin – Mạng xã hội'", "gioi_tinh 1 'Nam' 2 'Nữ' 3 'Khác'",
                "hai_long 1 'Rất không hài lòng'", "kenh_tv 0 'Không' 1 'Có'", "danh_gia_thai_do 1 'Kém' 2 'Trung bình' 3 'Tốt'",
                "chi_phi F16.4", "interview_date SDATE10");
        List<Map<String, String>> codebook = csv(export(leader, ExportFormat.CODEBOOK, Set.of()).bytes);
        assertThat(codebook).anySatisfy(r -> assertThat(r).containsEntry("column", "y_kien")
                .containsEntry("label_vi", "Ý kiến khác").containsEntry("label_en", "Other comments")
                .containsEntry("relevant", "${hai_long} <= 3").containsEntry("type", "text"));
        assertThat(codebook).anySatisfy(r -> assertThat(r).containsEntry("column", "gioi_tinh")
                .containsEntry("value", "nu = 2").containsEntry("value_label_vi", "Nữ"));
    }

    @Test
    void exports_are_for_leaders_and_supervisors_and_of_their_own_area_only() throws IOException {
        String otherLeader = users.ensure("sv-leader-12", vn.pulse.base.security.Role.LEADER, "12");
        List<Map<String, String>> rows = csv(export(otherLeader, ExportFormat.CSV, Set.of()).bytes);
        assertThat(rows).hasSize(10).allSatisfy(r -> assertThat(r.get("area_code")).isEqualTo(ResponseFixtures.OTHER_COMMUNE));
        assertThat(csv(export(fixtures.supervisor(), ExportFormat.CSV, Set.of()).bytes)).hasSize(80);
        assertThatThrownBy(() -> export(fixtures.surveyor(), ExportFormat.CSV, Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(leader, () -> exports.prepare(new ExportRequest(questionnaire, 7,
                ExportFormat.CSV, Set.of())))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("questionnaire_version_not_found"));
    }

    @Test
    void the_api_checks_a_request_then_streams_the_file() throws Exception {
        Api api = new Api(baseUrl());
        String token = api.token(leader, TestUsers.PASSWORD);
        Api.Reply started = api.post("/api/v1/exports", token,
                "{\"questionnaire\":" + questionnaire + ",\"format\":\"csv\"}");
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.json().get("responses").asLong()).isEqualTo(80);
        String href = started.json().get("href").asString();
        HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(
                api.request(href, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains(code() + "_v1.csv");
        assertThat(csv(download.body())).hasSize(80);

        assertThat(api.post("/api/v1/exports", token, "{\"questionnaire\":" + questionnaire + ",\"format\":\"pdf\"}").code())
                .isEqualTo("format_invalid");
        assertThat(api.get("/api/v1/exports/" + questionnaire + "/csv?status=lost", token).code()).isEqualTo("status_invalid");
        String surveyorToken = api.token(fixtures.surveyor(), TestUsers.PASSWORD);
        assertThat(api.get("/api/v1/exports/" + questionnaire + "/csv", surveyorToken).status()).isEqualTo(403);
    }

    private String code() {
        return db.select(vn.pulse.jooq.Tables.QUESTIONNAIRE.CODE).from(vn.pulse.jooq.Tables.QUESTIONNAIRE)
                .where(vn.pulse.jooq.Tables.QUESTIONNAIRE.ID.eq(questionnaire)).fetchOne(vn.pulse.jooq.Tables.QUESTIONNAIRE.CODE);
    }

    private record Export(byte[] bytes, ExportResult result) {
    }

    private Export export(String user, ExportFormat format, Set<ResponseStatus> statuses) {
        return users.as(user, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PreparedExport prepared = exports.prepare(new ExportRequest(questionnaire, null, format, statuses));
            ExportResult result = exports.write(prepared, out, ResponseRows.Progress.NONE);
            return new Export(out.toByteArray(), result);
        });
    }

    private static List<Map<String, String>> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(text))) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                parser.getHeaderNames().forEach(h -> row.put(h, record.get(h)));
                rows.add(row);
            }
            return rows;
        }
    }

    /** What each response's row must say, built from the response tables on their own. */
    private Map<Long, Map<String, String>> expected(Set<ResponseStatus> statuses, String scope) {
        Map<Long, Map<String, String>> rows = new LinkedHashMap<>();
        db.selectFrom(RESPONSE).where(RESPONSE.QUESTIONNAIRE_ID.eq(questionnaire)
                        .and(RESPONSE.STATUS.in(statuses.stream().map(Enum::name).toList()))
                        .and(RESPONSE.AREA_PATH.like(scope + "%")))
                .forEach(r -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("response_id", r.getId().toString());
                    row.put("version", r.getVersionNumber().toString());
                    row.put("status", r.getStatus().toLowerCase());
                    row.put("area_code", r.getAreaPath().split("/")[2]);
                    row.put("interview_date", r.getInterviewDate().toString());
                    row.put("stratum", r.getStratum());
                    row.put("cluster", r.getCluster() == null ? "" : r.getCluster());
                    for (String column : List.of("gioi_tinh", "tuoi", "hai_long", "kenh_tv", "kenh_bao", "kenh_mxh",
                            "danh_gia_thai_do", "danh_gia_thoi_gian", "y_kien", "ngay_kham", "chi_phi")) {
                        row.put(column, "");
                    }
                    rows.put(r.getId(), row);
                });
        Map<Long, Boolean> multiple = new HashMap<>();
        db.select(RESPONSE_ANSWER.RESPONSE_ID, SURVEY_VARIABLE.NAME, RESPONSE_ANSWER.ITEM, RESPONSE_ANSWER.CHOICE,
                        RESPONSE_ANSWER.NUM_VALUE, RESPONSE_ANSWER.TEXT_VALUE)
                .from(RESPONSE_ANSWER).join(SURVEY_VARIABLE).on(SURVEY_VARIABLE.ID.eq(RESPONSE_ANSWER.VARIABLE_ID))
                .where(RESPONSE_ANSWER.RESPONSE_ID.in(rows.keySet()))
                .forEach(a -> {
                    Map<String, String> row = rows.get(a.value1());
                    String value = switch (a.value2()) {
                        case "gioi_tinh" -> a.value4();
                        case "danh_gia" -> a.value4();
                        case "kenh" -> "1";
                        case "y_kien", "ngay_kham" -> a.value6();
                        default -> new BigDecimal(a.value5().toString()).stripTrailingZeros().toPlainString();
                    };
                    String column = switch (a.value2()) {
                        case "kenh" -> "kenh_" + a.value4();
                        case "danh_gia" -> "danh_gia_" + a.value3();
                        default -> a.value2();
                    };
                    row.put(column, value);
                    if (a.value2().equals("kenh")) {
                        multiple.put(a.value1(), true);
                    }
                });
        multiple.keySet().forEach(id -> List.of("kenh_tv", "kenh_bao", "kenh_mxh")
                .forEach(c -> rows.get(id).replace(c, "", "0")));
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.NUMERIC
                ? new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString()
                : cell.getStringCellValue();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
