package vn.pulse.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.pulse.base.security.Role;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.LocalizedText;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.SamplingPlan;
import vn.pulse.questionnaire.Section;
import vn.pulse.statistics.PeriodKind;
import vn.pulse.support.Api;
import vn.pulse.support.IntegrationTest;
import vn.pulse.support.TestUsers;

/**
 * Acceptance of the estimates API (issue 5, item 11): the synthetic opinion survey
 * (statistics/data/opinion.csv) is submitted row by row through the submissions API under a
 * sampling plan stratified by province, and {@code GET /api/v1/surveys/{id}/estimates} must give
 * what R's survey package gives for the same stratified design (statistics/reference.R, section
 * "the estimates API"): estimates and standard errors to 1e-6 relative. A leader of one province
 * never gets another province's numbers.
 */
class EstimatesApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Map<String, String> PROVINCE_CODES = Map.of("Hà Nội", "01", "Tuyên Quang", "08",
            "Nghệ An", "40", "Đà Nẵng", "48", "Cần Thơ", "92");
    private static final List<String> CONCERNS = List.of("gia_ca", "dat_dai", "y_te", "giao_duc", "moi_truong");
    private static final Map<String, String> SOURCES = new LinkedHashMap<>(Map.of("src_tv", "tv", "src_bao", "bao",
            "src_mxh", "mxh", "src_hop", "hop"));

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    DSLContext db;

    @Test
    void the_estimates_api_fed_through_the_submissions_api_matches_r() throws IOException {
        JsonNode reference = resource("statistics/reference/estimates_api.json");
        long survey = survey(reference.get("population"));
        Api api = new Api(baseUrl());
        // two survey waves: the first three months answer version 1, the last three version 2
        submitOpinionCsv(api, survey, 1);
        users.as(users.ensure("api-admin", Role.ADMIN, null), () -> {
            questionnaires.startNewVersion(survey);
            return questionnaires.publish(survey);
        });
        submitOpinionCsv(api, survey, 2);

        String leader = api.token(users.ensure("api-leader", Role.LEADER, null), TestUsers.PASSWORD);
        String path = "/api/v1/surveys/" + survey + "/estimates?question=";

        JsonNode likert = get(api, path + "likert", leader);
        assertThat(likert.get("question").asString()).isEqualTo("likert");
        assertThat(likert.get("design").get("type").asString()).isEqualTo("stratified");
        assertThat(likert.get("design").get("weighting").asString()).isEqualTo("design");
        assertThat(likert.get("design").get("probabilitySample").asBoolean()).isTrue();
        JsonNode overall = likert.get("groups").get(0);
        assertThat(overall.get("n").asLong()).isEqualTo(csv().size());
        JsonNode mean = overall.get("estimates").get(0);
        assertThat(mean.get("option").isNull()).isTrue();
        matches(mean, reference.get("likert"), true);
        close(mean.get("ciLow").asDouble(), reference.get("likert").get("ciLow").asDouble(), "ciLow");
        close(mean.get("ciHigh").asDouble(), reference.get("likert").get("ciHigh").asDouble(), "ciHigh");

        Map<String, JsonNode> concern = byOption(get(api, path + "concern", leader).get("groups").get(0));
        assertThat(concern.keySet()).containsExactlyElementsOf(CONCERNS);
        CONCERNS.forEach(c -> matches(concern.get(c), reference.get("concern").get(c), true));

        JsonNode byProvince = get(api, path + "concern&by=area", leader).get("groups");
        assertThat(byProvince).hasSize(5);
        int compared = 0;
        for (JsonNode group : byProvince) {
            String name = PROVINCE_CODES.entrySet().stream().filter(e -> e.getValue().equals(group.get("by").asString()))
                    .findFirst().orElseThrow().getKey();
            for (var option : byOption(group).entrySet()) {
                JsonNode expected = reference.get("concern_by_province").get(name).get(option.getKey());
                if (!option.getValue().get("suppressed").asBoolean()) {
                    matches(option.getValue(), expected, false);
                    compared++;
                }
            }
        }
        assertThat(compared).as("shares shown by province").isGreaterThan(20);

        JsonNode byMonth = get(api, path + "likert&period=month", leader).get("groups");
        assertThat(byMonth).hasSize(6);
        for (JsonNode group : byMonth) {
            matches(group.get("estimates").get(0), reference.get("likert_by_month").get(group.get("period").asString()), false);
        }

        JsonNode augustToSeptember = get(api, path + "likert&period=month&from=2025-08&to=2025-09", leader).get("groups");
        assertThat(augustToSeptember).extracting(g -> g.get("period").asString()).containsExactly("2025-08", "2025-09");
        for (JsonNode group : augustToSeptember) {
            matches(group.get("estimates").get(0), reference.get("likert_by_month").get(group.get("period").asString()), false);
        }

        // days cutting across months: 10/08–20/09 holds August's and September's interviews (on the 15th)
        JsonNode acrossMonths = get(api, path + "likert&period=month&from=2025-08-10&to=2025-09-20", leader).get("groups");
        assertThat(acrossMonths).extracting(g -> g.get("period").asString()).containsExactly("2025-08", "2025-09");
        for (JsonNode group : acrossMonths) {
            matches(group.get("estimates").get(0), reference.get("likert_by_month").get(group.get("period").asString()), false);
        }
        assertThat(get(api, path + "likert&from=2025-08-16&to=2025-09-14", leader).get("groups")).isEmpty();

        // every interview of a month took place on its 15th: that day, and its week, hold the month's respondents
        JsonNode byWeek = get(api, path + "likert&period=week", leader).get("groups");
        assertThat(byWeek).extracting(g -> g.get("period").asString()).contains("2025-W29").allMatch(p -> p.contains("-W"))
                .hasSize(6);
        for (JsonNode group : byWeek) {
            String month = java.time.YearMonth.from(PeriodKind.WEEK.start(group.get("period").asString())).toString();
            matches(group.get("estimates").get(0), reference.get("likert_by_month").get(month), false);
        }
        JsonNode byDay = get(api, path + "likert&period=day", leader).get("groups");
        assertThat(byDay).extracting(g -> g.get("period").asString()).contains("2025-07-15").hasSize(6);
        for (JsonNode group : byDay) {
            matches(group.get("estimates").get(0), reference.get("likert_by_month").get(group.get("period").asString()
                    .substring(0, 7)), false);
        }

        JsonNode byWave = get(api, path + "likert&period=wave", leader).get("groups");
        assertThat(byWave).extracting(g -> g.get("period").asString()).containsExactly("1", "2");
        for (JsonNode group : byWave) {
            matches(group.get("estimates").get(0), reference.get("likert_by_wave").get(group.get("period").asString()), false);
        }

        JsonNode bySex = get(api, path + "likert&by=gioi_tinh", leader).get("groups");
        assertThat(bySex).hasSize(2);
        for (JsonNode group : bySex) {
            String label = group.get("by").asString().equals("nam") ? "Nam" : "Nữ";
            matches(group.get("estimates").get(0), reference.get("likert_by_sex").get(label), false);
        }

        // sex kept as a key group: the same figures from the group rollups, and women alone as women by sex
        String groups = "/api/v1/analytics/rollups/groups?survey=" + survey;
        String admin = api.token(users.ensure("api-admin", Role.ADMIN, null), TestUsers.PASSWORD);
        assertThat(put(api, groups, leader, "{\"questions\":[\"gioi_tinh\"]}").status()).isEqualTo(403);
        Api.Reply notSingleChoice = put(api, groups, admin, "{\"questions\":[\"likert\"]}");
        assertThat(notSingleChoice.status()).isEqualTo(422);
        assertThat(notSingleChoice.code()).isEqualTo("invalid_group_question");
        Api.Reply kept = put(api, groups, admin, "{\"questions\":[\"gioi_tinh\"]}");
        assertThat(kept.status()).isEqualTo(200);
        assertThat(get(api, groups, leader).get("questions")).extracting(JsonNode::asString).containsExactly("gioi_tinh");
        assertThat(db.resultQuery("SELECT COUNT(*) FROM analytics_group_rollup g JOIN survey_variable v ON v.id = g.variable_id "
                + "WHERE v.questionnaire_id = ?", survey).fetchSingle(0, Integer.class)).isPositive();
        JsonNode bySexFromRollups = get(api, path + "likert&by=gioi_tinh", leader).get("groups");
        for (JsonNode group : bySexFromRollups) {
            String label = group.get("by").asString().equals("nam") ? "Nam" : "Nữ";
            matches(group.get("estimates").get(0), reference.get("likert_by_sex").get(label), false);
        }
        JsonNode women = get(api, path + "likert&group=gioi_tinh=nu", leader).get("groups");
        assertThat(women).hasSize(1);
        matches(women.get(0).get("estimates").get(0), reference.get("likert_by_sex").get("Nữ"), false);
        assertThat(api.get(path + "likert&group=gioi_tinh", leader).code()).isEqualTo("invalid_group");
        assertThat(api.get(path + "likert&group=likert=3", leader).code()).isEqualTo("invalid_group_question");

        Map<String, JsonNode> sources = byOption(get(api, path + "nguon", leader).get("groups").get(0));
        SOURCES.forEach((column, option) -> matches(sources.get(option), reference.get("sources").get(column), false));

        // a leader of Tuyên Quang sees its communes only, and nothing of Hà Nội
        String provincial = api.token(users.ensure("api-leader-08", Role.LEADER, "08"), TestUsers.PASSWORD);
        JsonNode own = get(api, path + "likert&by=area", provincial).get("groups");
        assertThat(own).isNotEmpty().allSatisfy(g -> assertThat(db.resultQuery("SELECT path FROM area WHERE code = ?",
                g.get("by").asString()).fetchOne(0, String.class)).startsWith("/08/"));
        Api.Reply outside = api.get(path + "likert&area=01", provincial);
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.code()).isEqualTo("area_out_of_scope");
        long tuyenQuang = csv().stream().filter(r -> r.get("province").equals("Tuyên Quang")).count();
        assertThat(get(api, path + "likert", provincial).get("groups").get(0).get("n").asLong()).isEqualTo(tuyenQuang);

        Api.Reply unknown = api.get(path + "khong_co", leader);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("question_not_found");
        assertThat(api.get(path + "likert&period=tuan", leader).code()).isEqualTo("invalid_period");
        assertThat(api.get(path + "likert&from=2025-13", leader).code()).isEqualTo("invalid_date");
        assertThat(api.get(path + "likert&to=2025-02-30", leader).code()).isEqualTo("invalid_date");
        assertThat(api.get(path + "likert&from=2025-09&to=2025-08", leader).code()).isEqualTo("invalid_period_range");
    }

    private static Api.Reply put(Api api, String path, String token, String json) {
        return api.send(api.request(path, token).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    private long survey(JsonNode population) {
        String admin = users.ensure("api-admin", Role.ADMIN, null);
        String code = "ks_estimates_api_" + System.nanoTime() % 1_000_000;
        FormDefinition form = FormDefinition.unsaved(code, LocalizedText.of("Khảo sát dư luận", "Opinion survey"),
                List.of("vi", "en"), List.of(new Section("chung", LocalizedText.of("Chung"), null, List.of(
                        question("gioi_tinh", QuestionType.SELECT_ONE, List.of("nam", "nu")),
                        question("likert", QuestionType.LIKERT, IntStream.rangeClosed(1, 5).mapToObj(String::valueOf).toList()),
                        question("concern", QuestionType.SELECT_ONE, CONCERNS),
                        question("nguon", QuestionType.SELECT_MULTIPLE, List.copyOf(SOURCES.values()))))), null);
        long id = users.as(admin, () -> questionnaires.create(form, "test")).questionnaireId();
        users.as(admin, () -> questionnaires.publish(id));
        List<SamplingPlan.Stratum> strata = new ArrayList<>();
        population.properties().forEach(e -> strata.add(new SamplingPlan.Stratum(PROVINCE_CODES.get(e.getKey()),
                e.getValue().asLong(), 80)));
        users.as(admin, () -> questionnaires.saveSamplingPlan(id, new SamplingPlan(SamplingPlan.Design.STRATIFIED,
                SamplingPlan.AREA, null, null, null, strata)));
        return id;
    }

    private static Question question(String name, QuestionType type, List<String> choices) {
        return Question.builder(name, type).label("Câu " + name, "Question " + name)
                .choices(choices.stream().map(c -> new Choice(c, LocalizedText.of("Lựa chọn " + c))).toList()).build();
    }

    /**
     * The rows of opinion.csv of one survey wave (1: July-September 2025, 2: October-December) as
     * submissions of a national surveyor to that version, in communes of their province.
     */
    private void submitOpinionCsv(Api api, long survey, int wave) {
        String surveyor = api.token(users.ensure("api-surveyor", Role.SURVEYOR, null), TestUsers.PASSWORD);
        Map<String, String> communes = new HashMap<>();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (Map<String, String> row : csv()) {
            if ((row.get("month").compareTo("2025-09") <= 0 ? 1 : 2) != wave) {
                continue;
            }
            String province = PROVINCE_CODES.get(row.get("province"));
            // the k-th sampled commune of a province (HN03) is the k-th commune of that province by code
            String area = communes.computeIfAbsent(row.get("commune"), c -> db.resultQuery("SELECT code FROM area WHERE "
                    + "path LIKE ? AND level = 'commune' ORDER BY code LIMIT 1 OFFSET ?", "/" + province + "/%",
                    Integer.parseInt(c.substring(2)) - 1).fetchOne(0, String.class));
            LocalDateTime completed = java.time.YearMonth.parse(row.get("month")).atDay(15).atTime(10, 0);
            Map<String, Object> answers = new LinkedHashMap<>();
            answers.put("gioi_tinh", row.get("sex").equals("Nam") ? "nam" : "nu");
            answers.put("likert", Integer.parseInt(row.get("likert")));
            answers.put("concern", row.get("concern"));
            answers.put("nguon", SOURCES.entrySet().stream().filter(e -> row.get(e.getKey()).equals("1"))
                    .map(Map.Entry::getValue).toList());
            Map<String, Object> submission = new LinkedHashMap<>();
            submission.put("uuid", java.util.UUID.nameUUIDFromBytes((survey + row.get("id")).getBytes(StandardCharsets.UTF_8))
                    .toString());
            submission.put("version", wave);
            submission.put("area", area);
            submission.put("startedAt", completed.minusMinutes(15).atZone(ZONE).toOffsetDateTime().toString());
            submission.put("completedAt", completed.atZone(ZONE).toOffsetDateTime().toString());
            submission.put("answers", answers);
            batch.add(submission);
        }
        Api.Reply reply = api.post("/api/v1/surveys/" + survey + "/submissions", surveyor, Api.json(batch));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json()).allSatisfy(r -> assertThat(r.get("status").asString()).as(r.toString()).isEqualTo("created"));
    }

    private static List<Map<String, String>> csv() {
        try (InputStream in = EstimatesApiIT.class.getClassLoader().getResourceAsStream("statistics/data/opinion.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<String> header = split(lines.getFirst());
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = split(line);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> split(String line) {
        return java.util.Arrays.stream(line.split(",", -1)).map(s -> s.replace("\"", "")).toList();
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = EstimatesApiIT.class.getClassLoader().getResourceAsStream(name)) {
            return JSON.readTree(in);
        }
    }

    private static JsonNode get(Api api, String path, String token) {
        Api.Reply reply = api.get(path, token);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static Map<String, JsonNode> byOption(JsonNode group) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        group.get("estimates").forEach(e -> result.put(e.get("option").asString(), e));
        return result;
    }

    private static void matches(JsonNode actual, JsonNode expected, boolean deff) {
        assertThat(actual.get("suppressed").asBoolean()).as(actual.toString()).isFalse();
        close(actual.get("estimate").asDouble(), expected.get("estimate").asDouble(), "estimate " + actual);
        close(actual.get("se").asDouble(), expected.get("se").asDouble(), "se " + actual);
        if (deff) {
            close(actual.get("deff").asDouble(), expected.get("deff").asDouble(), "deff " + actual);
        }
    }

    private static void close(double actual, double expected, String what) {
        assertThat(actual).as(what).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6 * Math.abs(expected)));
    }
}
