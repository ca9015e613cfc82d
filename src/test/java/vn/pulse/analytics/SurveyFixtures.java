package vn.pulse.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pulse.base.security.Role;
import vn.pulse.fieldwork.ResponseStatus;
import vn.pulse.opinion.Breadth;
import vn.pulse.opinion.Direction;
import vn.pulse.opinion.HolderGroup;
import vn.pulse.opinion.Mood;
import vn.pulse.opinion.OpinionReportService;
import vn.pulse.opinion.ReportInput;
import vn.pulse.opinion.ReportKind;
import vn.pulse.opinion.SourceType;
import vn.pulse.opinion.StreamInput;
import vn.pulse.opinion.Valence;
import vn.pulse.fieldwork.ResponseStatusChanged;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.LocalizedText;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.SamplingPlan;
import vn.pulse.questionnaire.Section;
import vn.pulse.support.TestUsers;

/**
 * A published survey with random responses written to the V20 tables the way the submission
 * pipeline writes them: each response with its answers in one transaction that publishes
 * {@link ResponseStatusChanged}, status changes likewise.
 */
@Component
@Profile("test") // test sources are on the classpath of the dev run and the bench too: stay out of them
public class SurveyFixtures {

    public static final String SATISFACTION = "hai_long";
    static final String CHANNELS = "kenh";
    static final String SCORE = "diem";
    public static final String SEX = "gioi_tinh";
    static final List<String> LEVELS = List.of("rat_hai_long", "hai_long", "binh_thuong", "khong_hai_long");
    static final List<String> CHANNEL_OPTIONS = List.of("tv", "bao", "mxh");
    static final List<String> PROVINCES = List.of("01", "08", "79");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final QuestionnaireService questionnaires;
    private final TestUsers users;
    private final DSLContext db;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final OpinionReportService reports;

    SurveyFixtures(QuestionnaireService questionnaires, TestUsers users, DSLContext db, ApplicationEventPublisher events,
                   PlatformTransactionManager transactionManager, OpinionReportService reports) {
        this.reports = reports;
        this.questionnaires = questionnaires;
        this.users = users;
        this.db = db;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A published survey stratified by province (01, 08, 79), clustered by commune when asked. */
    public long survey(boolean clustered) {
        String admin = users.ensure("an-admin", Role.ADMIN, null);
        String code = "ks_analytics_" + SEQUENCE.incrementAndGet() + "_" + System.nanoTime() % 100000;
        FormDefinition form = FormDefinition.unsaved(code, LocalizedText.of("Khảo sát mức độ hài lòng", "Satisfaction"),
                List.of("vi", "en"), List.of(new Section("chung", LocalizedText.of("Chung"), null, List.of(
                        question(SEX, QuestionType.SELECT_ONE, List.of("nam", "nu")),
                        question(SATISFACTION, QuestionType.SELECT_ONE, LEVELS),
                        question(CHANNELS, QuestionType.SELECT_MULTIPLE, CHANNEL_OPTIONS),
                        question(SCORE, QuestionType.RATING, List.of())))), null);
        long id = users.as(admin, () -> questionnaires.create(form, "test")).questionnaireId();
        users.as(admin, () -> questionnaires.publish(id));
        SamplingPlan plan = new SamplingPlan(SamplingPlan.Design.STRATIFIED, SamplingPlan.AREA,
                clustered ? SamplingPlan.AREA : null, null, null, List.of(new SamplingPlan.Stratum("01", 850_000L, 100),
                new SamplingPlan.Stratum("08", 420_000L, 100), new SamplingPlan.Stratum("79", 1_100_000L, 100)));
        users.as(admin, () -> questionnaires.saveSamplingPlan(id, plan));
        for (var entry : Map.of(SEX, "select_one", SATISFACTION, "select_one", CHANNELS, "select_multiple", SCORE, "rating")
                .entrySet()) {
            db.execute("INSERT INTO survey_variable (questionnaire_id, name, type) VALUES (?, ?, ?)", id, entry.getKey(),
                    entry.getValue());
        }
        return id;
    }

    private static Question question(String name, QuestionType type, List<String> choices) {
        return Question.builder(name, type).label("Câu " + name, "Question " + name)
                .choices(choices.stream().map(c -> new Choice(c, LocalizedText.of("Lựa chọn " + c))).toList()).build();
    }

    /** A few communes of each province, by code, with their paths. */
    public Map<String, List<String[]>> communes(int perProvince) {
        Map<String, List<String[]>> result = new LinkedHashMap<>();
        for (String province : PROVINCES) {
            result.put(province, db.resultQuery("SELECT id, path, code FROM area WHERE path LIKE ? AND level = 'commune' "
                    + "ORDER BY code LIMIT ?", "/" + province + "/%", perProvince)
                    .fetch(r -> new String[] {r.get(0).toString(), r.get(1, String.class), r.get(2, String.class)}));
        }
        return result;
    }

    /**
     * Submits {@code count} random responses over six months of 2026, spread unevenly over the
     * provinces and their communes, with some answers missing; returns their ids.
     */
    public List<Long> submit(long surveyId, int count, Random random) {
        return submit(surveyId, count, random, "an-surveyor", false);
    }

    /**
     * As {@link #submit(long, int, Random)} by the given surveyor; a fabricator's interviews take a
     * minute and all carry the same answers.
     */
    public List<Long> submit(long surveyId, int count, Random random, String surveyor, boolean fabricated) {
        return submit(surveyId, count, random, surveyor, fabricated, null);
    }

    /** As {@link #submit(long, int, Random, String, boolean)}, all in {@code onlyProvince} when it is given. */
    public List<Long> submit(long surveyId, int count, Random random, String surveyor, boolean fabricated,
                             String onlyProvince) {
        long collector = db.resultQuery("SELECT id FROM app_user WHERE username = ?",
                users.ensure(surveyor, Role.SURVEYOR, null)).fetchOne(0, Long.class);
        var version = db.resultQuery("SELECT id, number FROM questionnaire_version WHERE questionnaire_id = ? "
                + "ORDER BY number DESC LIMIT 1", surveyId).fetchOne();
        Map<String, Long> variables = new LinkedHashMap<>();
        db.resultQuery("SELECT name, id FROM survey_variable WHERE questionnaire_id = ?", surveyId)
                .forEach(r -> variables.put(r.get(0, String.class), r.get(1, Long.class)));
        Map<String, List<String[]>> communes = communes(4);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String province = onlyProvince != null ? onlyProvince
                    : PROVINCES.get(random.nextDouble() < 0.5 ? 0 : random.nextDouble() < 0.5 ? 1 : 2);
            List<String[]> inProvince = communes.get(province);
            String[] commune = inProvince.get(random.nextInt(inProvince.size()));
            LocalDate day = LocalDate.of(2026, 1 + random.nextInt(6), 1 + random.nextInt(28));
            ids.add(transactions.execute(status -> {
                java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
                long id = db.insertInto(org.jooq.impl.DSL.table("response"))
                        .columns(org.jooq.impl.DSL.field("uuid"), org.jooq.impl.DSL.field("questionnaire_id"),
                                org.jooq.impl.DSL.field("version_id"), org.jooq.impl.DSL.field("version_number"),
                                org.jooq.impl.DSL.field("area_id"), org.jooq.impl.DSL.field("area_path"),
                                org.jooq.impl.DSL.field("stratum"), org.jooq.impl.DSL.field("cluster"),
                                org.jooq.impl.DSL.field("collector_id"), org.jooq.impl.DSL.field("entered_by"),
                                org.jooq.impl.DSL.field("channel"), org.jooq.impl.DSL.field("status"),
                                org.jooq.impl.DSL.field("received_at"), org.jooq.impl.DSL.field("interview_date"),
                                org.jooq.impl.DSL.field("updated_at"), org.jooq.impl.DSL.field("duration_seconds"))
                        .values(UUID.randomUUID().toString(), surveyId, version.get(0, Long.class),
                                version.get(1, Integer.class), Long.parseLong(commune[0]), commune[1], province, commune[2],
                                collector, collector, "FORM", ResponseStatus.SUBMITTED.name(), now, day, now,
                                fabricated ? 60 : 300 + random.nextInt(900))
                        .returningResult(org.jooq.impl.DSL.field("id", Long.class)).fetchOne().value1();
                if (fabricated) {
                    answer(id, variables.get(SEX), "nam", null);
                    answer(id, variables.get(SATISFACTION), LEVELS.getFirst(), null);
                    answer(id, variables.get(CHANNELS), "tv", null);
                    answer(id, variables.get(SCORE), "", 10.0);
                    events.publishEvent(new ResponseStatusChanged(id, surveyId, null, ResponseStatus.SUBMITTED));
                    return id;
                }
                answer(id, variables.get(SEX), random.nextBoolean() ? "nam" : "nu", null);
                if (random.nextDouble() < 0.92) {
                    // satisfaction leans by province so that the areas really differ
                    double shift = province.equals("08") ? 0.25 : 0;
                    double u = random.nextDouble();
                    int level = u < 0.2 + shift ? 0 : u < 0.55 + shift / 2 ? 1 : u < 0.85 ? 2 : 3;
                    answer(id, variables.get(SATISFACTION), LEVELS.get(level), null);
                }
                if (random.nextDouble() < 0.85) {
                    for (String channel : CHANNEL_OPTIONS) {
                        if (random.nextDouble() < 0.45) {
                            answer(id, variables.get(CHANNELS), channel, null);
                        }
                    }
                }
                if (random.nextDouble() < 0.9) {
                    answer(id, variables.get(SCORE), "", (double) random.nextInt(11));
                }
                events.publishEvent(new ResponseStatusChanged(id, surveyId, null, ResponseStatus.SUBMITTED));
                return id;
            }));
        }
        return ids;
    }

    private void answer(long responseId, long variableId, String choice, Double number) {
        db.execute("INSERT INTO response_answer (response_id, variable_id, item, choice, num_value) VALUES (?, ?, '', ?, ?)",
                responseId, variableId, choice, number);
    }

    /**
     * Straight from the responses: of those who answered a single-choice question, how many and
     * what share chose {@code choice}, by province or, given one, by commune of that province;
     * highest share first. A province is a stratum and weights are equal within one, so the share
     * is the weighted estimate too.
     */
    public List<AreaShare> shareByArea(long surveyId, String question, String choice, String province) {
        String area = province == null ? "p.level = 'province' AND p.code = r.stratum" : "p.id = r.area_id";
        return db.resultQuery("SELECT p.name, COUNT(*), SUM(a.choice = ?) / COUNT(*) AS share FROM response r "
                + "JOIN response_answer a ON a.response_id = r.id JOIN survey_variable v ON v.id = a.variable_id "
                + "JOIN area p ON " + area + " WHERE r.questionnaire_id = ? AND v.name = ? AND r.stratum LIKE ? "
                + "GROUP BY p.name ORDER BY share DESC, p.name", choice, surveyId, question, province == null ? "%" : province)
                .fetch(r -> new AreaShare(r.get(0, String.class), r.get(1, Long.class), r.get(2, Double.class)));
    }

    /** An area's respondents to a question and the share of them who chose an option. */
    public record AreaShare(String name, long answered, double share) {
    }

    /** Changes a response's status as review does, publishing the event in the same transaction. */
    void review(long responseId, ResponseStatus to) {
        transactions.executeWithoutResult(status -> {
            var row = db.resultQuery("SELECT questionnaire_id, status FROM response WHERE id = ? FOR UPDATE", responseId)
                    .fetchOne();
            ResponseStatus from = ResponseStatus.valueOf(row.get(1, String.class));
            db.execute("UPDATE response SET status = ?, updated_at = ? WHERE id = ?", to.name(), java.time.LocalDateTime.now(java.time.ZoneOffset.UTC), responseId);
            events.publishEvent(new ResponseStatusChanged(responseId, row.get(0, Long.class), from, to));
        });
    }

    /**
     * Plants a hot issue: a collaborator of the province reports one opposing stream on
     * {@code topic} a week for the eight weeks before this one, then {@code flare} of them this
     * week. Reports go through the opinion service; the baseline ones are then dated back to
     * their weeks (the service dates reports by the clock).
     */
    public void plantHotIssue(String province, String topic, int flare) {
        String collaborator = users.ensure("an-ctv-" + province, Role.SURVEYOR, province);
        String commune = communes(1).getOrDefault(province, List.of()).stream().findFirst().map(c -> c[2])
                .orElseGet(() -> db.resultQuery("SELECT code FROM area WHERE path LIKE ? AND level = 'commune' ORDER BY code "
                        + "LIMIT 1", "/" + province + "/%").fetchOne(0, String.class));
        LocalDate monday = LocalDate.now(vn.pulse.base.Formats.ZONE).with(java.time.DayOfWeek.MONDAY);
        for (int week = 8; week >= 0; week--) {
            int count = week == 0 ? flare : 1;
            for (int i = 0; i < count; i++) {
                String uuid = UUID.randomUUID().toString();
                ReportInput input = new ReportInput(uuid, ReportKind.URGENT.code(), null, "Phản ánh về " + topic, commune,
                        List.of(new StreamInput(topic, Direction.OPPOSE.code(), Valence.NEGATIVE.code(), 3,
                                Breadth.MAJORITY.code(), List.of(HolderGroup.FARMERS.code()), List.of(Mood.WORRIED.code()),
                                null, "Chợ trung tâm", SourceType.DIRECT.code(), false,
                                "Người dân lo ngại về " + topic + ".", "Đề nghị kiểm tra.")));
                var result = users.as(collaborator, () -> reports.submit(input));
                if (!result.accepted()) {
                    throw new IllegalStateException("report refused: " + result.errors());
                }
                if (week > 0) {
                    db.execute("UPDATE opinion_report SET submitted_on = ? WHERE uuid = ?", monday.minusWeeks(week).plusDays(1),
                            uuid);
                }
            }
        }
    }

    /** The rollup rows of a survey, as text, in key order (to compare incremental sums with a rebuild). */
    List<String> rollupRows(long surveyId) {
        List<String> rows = new java.util.ArrayList<>(db.resultQuery("SELECT x.variable_id, x.grain, x.month_start, x.area_id, "
                + "x.stratum, x.psu, x.choice, x.n, ROUND(x.sum_y, 6), ROUND(x.sum_y2, 6) FROM analytics_rollup x "
                + "JOIN survey_variable v ON v.id = x.variable_id WHERE v.questionnaire_id = ? AND x.n <> 0 "
                + "ORDER BY 1, 2, 3, 4, 5, 6, 7", surveyId).fetch(r -> r.intoList().toString()));
        rows.addAll(db.resultQuery("SELECT x.variable_id, x.day, x.area_id, x.stratum, x.psu, x.choice, x.n, "
                + "ROUND(x.sum_y, 6), ROUND(x.sum_y2, 6) FROM analytics_day_rollup x "
                + "JOIN survey_variable v ON v.id = x.variable_id WHERE v.questionnaire_id = ? AND x.n <> 0 "
                + "ORDER BY 1, 2, 3, 4, 5, 6", surveyId).fetch(r -> "day " + r.intoList()));
        rows.addAll(db.resultQuery("SELECT x.variable_id, x.group_variable_id, x.group_choice, x.area_id, x.stratum, x.psu, "
                + "x.choice, x.n, ROUND(x.sum_y, 6), ROUND(x.sum_y2, 6) FROM analytics_group_rollup x "
                + "JOIN survey_variable v ON v.id = x.variable_id WHERE v.questionnaire_id = ? AND x.n <> 0 "
                + "ORDER BY 1, 2, 3, 4, 5, 6, 7", surveyId).fetch(r -> "group " + r.intoList()));
        return rows;
    }
}
