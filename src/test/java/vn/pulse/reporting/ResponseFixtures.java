package vn.pulse.reporting;

import static vn.pulse.jooq.Tables.APP_USER;
import static vn.pulse.jooq.Tables.AREA;
import static vn.pulse.jooq.Tables.RESPONSE;
import static vn.pulse.jooq.Tables.RESPONSE_ANSWER;
import static vn.pulse.jooq.Tables.SURVEY_VARIABLE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pulse.analytics.AnalyticsRollups;
import vn.pulse.base.security.Role;
import vn.pulse.base.security.SystemUser;
import vn.pulse.fieldwork.ResponseStatus;
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
 * A known survey: a questionnaire on health services with a stratified plan (two communes of
 * Tuyên Quang, N = 20 000 and 10 000, and one of Lai Châu), and two waves of responses written
 * straight into the V20 tables: April 2025 and October 2025, 20 responses per commune of Tuyên
 * Quang and wave, 10 in Lai Châu in October, plus 3 rejected and 2 returned ones in October.
 * <ul>
 *   <li>Satisfied (hai_long 4 or 5) in October: 14 of 20 in 00691, 8 of 20 in 00694: weighted
 *       (20 000·14/20 + 10 000·8/20) / 30 000 = 60,0% (unweighted 55%). In April: 10 and 6 of 20:
 *       43,3%.</li>
 *   <li>gioi_tinh: "khac" twice in October (fewer than 5: withheld).</li>
 *   <li>kenh (multiple choice): j % 3 == 0 ticks tv and mxh, 1 ticks bao, 2 leaves it unanswered.</li>
 * </ul>
 */
@Component
@Profile("test") // test sources are on the classpath of the dev run and the bench too: stay out of them
public class ResponseFixtures {

    public static final String PROVINCE = "08";
    public static final String COMMUNE_A = "00691";
    public static final String COMMUNE_B = "00694";
    public static final String OTHER_COMMUNE = "03388";
    public static final LocalDate BEFORE = LocalDate.of(2025, 4, 10);
    public static final LocalDate AFTER = LocalDate.of(2025, 10, 10);
    public static final String TRICKY_TEXT = "Phục vụ tốt, nhưng \"chờ lâu\"\nCần cải thiện";

    private final QuestionnaireService questionnaires;
    private final DSLContext db;
    private final TestUsers users;
    private final TransactionTemplate transaction;
    private final AnalyticsRollups rollups;
    private Long questionnaireId;
    private boolean rolledUp;

    ResponseFixtures(QuestionnaireService questionnaires, DSLContext db, TestUsers users,
            PlatformTransactionManager transactions, AnalyticsRollups rollups) {
        this.questionnaires = questionnaires;
        this.db = db;
        this.users = users;
        this.transaction = new TransactionTemplate(transactions);
        this.rollups = rollups;
    }

    public String leader() {
        return users.ensure("sv-leader-08", Role.LEADER, PROVINCE);
    }

    public String supervisor() {
        return users.ensure("sv-supervisor-08", Role.SUPERVISOR, PROVINCE);
    }

    public String surveyor() {
        return users.ensure("sv-surveyor-08", Role.SURVEYOR, PROVINCE);
    }

    public static FormDefinition form(String code) {
        List<Choice> scale = List.of(choice("1", "Rất không hài lòng"), choice("2", "Không hài lòng"),
                choice("3", "Bình thường"), choice("4", "Hài lòng"), choice("5", "Rất hài lòng"));
        List<Question> questions = List.of(
                Question.builder("gioi_tinh", QuestionType.SELECT_ONE).label("Giới tính", "Sex").required(true)
                        .choices(List.of(choice("nam", "Nam"), choice("nu", "Nữ"), choice("khac", "Khác"))).build(),
                Question.builder("tuoi", QuestionType.INTEGER).label("Tuổi", "Age").build(),
                Question.builder("hai_long", QuestionType.LIKERT).label("Mức độ hài lòng với dịch vụ y tế",
                        "Satisfaction with health services").choices(scale).build(),
                Question.builder("kenh", QuestionType.SELECT_MULTIPLE).label("Kênh thông tin", "Information channels")
                        .choices(List.of(choice("tv", "Truyền hình"), choice("bao", "Báo in"),
                                choice("mxh", "Mạng xã hội"))).build(),
                Question.builder("danh_gia", QuestionType.MATRIX).label("Đánh giá", "Rating")
                        .choices(List.of(choice("kem", "Kém"), choice("tb", "Trung bình"), choice("tot", "Tốt")))
                        .items(List.of(choice("thai_do", "Thái độ phục vụ"), choice("thoi_gian", "Thời gian chờ")))
                        .build(),
                Question.builder("y_kien", QuestionType.TEXT).label("Ý kiến khác", "Other comments")
                        .relevant("${hai_long} <= 3").build(),
                Question.builder("ngay_kham", QuestionType.DATE).label("Ngày khám", "Visit date").build(),
                Question.builder("chi_phi", QuestionType.DECIMAL).label("Chi phí (nghìn đồng)", "Cost (thousand VND)")
                        .build());
        return FormDefinition.unsaved(code, LocalizedText.of("Khảo sát sự hài lòng về y tế", "Health service satisfaction"),
                List.of("vi", "en"), List.of(new Section("chung", LocalizedText.of("Thông tin chung"), null, questions)),
                new SamplingPlan(SamplingPlan.Design.STRATIFIED, SamplingPlan.AREA, null, null, null, List.of(
                        new SamplingPlan.Stratum(COMMUNE_A, 20_000L, 20), new SamplingPlan.Stratum(COMMUNE_B, 10_000L, 20),
                        new SamplingPlan.Stratum(OTHER_COMMUNE, 5_000L, 10))));
    }

    private static Choice choice(String name, String vietnamese) {
        return new Choice(name, LocalizedText.of(vietnamese));
    }

    /** The questionnaire with its responses, created once per test run; its id. */
    public synchronized long arrange() {
        if (questionnaireId != null) {
            return questionnaireId;
        }
        String admin = users.ensure("sv-admin", Role.ADMIN, null);
        String surveyor = surveyor();
        String code = "sv_y_te_" + UUID.randomUUID().toString().substring(0, 8);
        long id = users.as(admin, () -> questionnaires.create(form(code), "test").questionnaireId());
        FormDefinition published = users.as(admin, () -> questionnaires.publish(id));
        long collector = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(surveyor)).fetchOne(APP_USER.ID);
        transaction.executeWithoutResult(s -> {
            Map<String, Long> variables = new HashMap<>();
            for (Question q : published.questions()) {
                variables.put(q.name(), db.insertInto(SURVEY_VARIABLE).set(SURVEY_VARIABLE.QUESTIONNAIRE_ID, id)
                        .set(SURVEY_VARIABLE.NAME, q.name()).set(SURVEY_VARIABLE.TYPE, q.type().word())
                        .returningResult(SURVEY_VARIABLE.ID).fetchOne(SURVEY_VARIABLE.ID));
            }
            Writer w = new Writer(id, published.version(), collector, variables);
            for (int wave = 0; wave < 2; wave++) {
                LocalDate day = wave == 0 ? BEFORE : AFTER;
                for (int i = 0; i < 40; i++) {
                    w.response(i < 20 ? COMMUNE_A : COMMUNE_B, i % 20, wave, day, i % 2 == 0 ? ResponseStatus.APPROVED
                            : ResponseStatus.SUBMITTED);
                }
            }
            for (int j = 0; j < 10; j++) {
                w.response(OTHER_COMMUNE, j, 1, AFTER, ResponseStatus.APPROVED);
            }
            for (int j = 0; j < 5; j++) {
                w.response(COMMUNE_A, j, 1, AFTER, j < 3 ? ResponseStatus.REJECTED : ResponseStatus.RETURNED);
            }
        });
        questionnaireId = id;
        return id;
    }

    /**
     * {@link #arrange()}, with the survey's analytics rollups rebuilt once for what reads them
     * (dashboards, the periodic report's survey results): the responses are written straight into
     * the tables, past the pipeline that keeps the rollups. The one place tests make them fresh.
     */
    public synchronized long arrangeWithRollups() {
        long id = arrange();
        if (!rolledUp) {
            SystemUser.run(() -> rollups.rebuild(id));
            rolledUp = true;
        }
        return id;
    }

    /** Whether respondent j of a commune and wave is satisfied (the figures in the class comment). */
    static boolean satisfied(String commune, int j, int wave) {
        int cut = commune.equals(COMMUNE_A) ? (wave == 1 ? 14 : 10) : commune.equals(COMMUNE_B) ? (wave == 1 ? 8 : 6) : 5;
        return j < cut;
    }

    private final class Writer {
        private final long questionnaire;
        private final int version;
        private final long collector;
        private final Map<String, Long> variables;

        Writer(long questionnaire, int version, long collector, Map<String, Long> variables) {
            this.questionnaire = questionnaire;
            this.version = version;
            this.collector = collector;
            this.variables = variables;
        }

        void response(String commune, int j, int wave, LocalDate day, ResponseStatus status) {
            var area = db.select(AREA.ID, AREA.PATH).from(AREA).where(AREA.CODE.eq(commune)).fetchOne();
            Instant now = Instant.now();
            long id = db.insertInto(RESPONSE)
                    .set(RESPONSE.UUID, UUID.randomUUID().toString())
                    .set(RESPONSE.QUESTIONNAIRE_ID, questionnaire).set(RESPONSE.VERSION_ID, versionId())
                    .set(RESPONSE.VERSION_NUMBER, version).set(RESPONSE.AREA_ID, area.value1())
                    .set(RESPONSE.AREA_PATH, area.value2()).set(RESPONSE.STRATUM, commune)
                    .set(RESPONSE.COLLECTOR_ID, collector).set(RESPONSE.ENTERED_BY, collector)
                    .set(RESPONSE.CHANNEL, "FORM").set(RESPONSE.STATUS, status.name())
                    .set(RESPONSE.RECEIVED_AT, now).set(RESPONSE.INTERVIEW_DATE, day.plusDays(j % 5))
                    .set(RESPONSE.LATITUDE, 22.8).set(RESPONSE.LONGITUDE, 104.98)
                    .set(RESPONSE.UPDATED_AT, now)
                    .returningResult(RESPONSE.ID).fetchOne(RESPONSE.ID);
            boolean satisfied = satisfied(commune, j, wave);
            String sex = j == 19 && wave == 1 && !commune.equals(OTHER_COMMUNE) ? "khac" : j % 2 == 0 ? "nam" : "nu";
            answer(id, "gioi_tinh", "", sex, null, null);
            answer(id, "tuoi", "", "", 20.0 + 2 * j, null);
            double satisfaction = satisfied ? (j % 2 == 0 ? 5 : 4) : (j % 2 == 0 ? 2 : 3);
            answer(id, "hai_long", "", "", satisfaction, null);
            if (j % 3 == 0) {
                answer(id, "kenh", "", "tv", null, null);
                answer(id, "kenh", "", "mxh", null, null);
            } else if (j % 3 == 1) {
                answer(id, "kenh", "", "bao", null, null);
            }
            String[] scale = {"kem", "tb", "tot"};
            answer(id, "danh_gia", "thai_do", scale[j % 3], (double) (j % 3 + 1), null);
            if (j % 2 == 0) {
                answer(id, "danh_gia", "thoi_gian", scale[2 - j % 3], (double) (3 - j % 3), null);
            }
            if (!satisfied && j % 4 == 0) {
                answer(id, "y_kien", "", "", null, j % 8 == 0 ? TRICKY_TEXT : "Bức xúc vì phải chờ, đồng tình cải cách");
            }
            answer(id, "ngay_kham", "", "", null, day.minusDays(j % 7).toString());
            answer(id, "chi_phi", "", "", 150.5 + j, null);
        }

        private Long versionId;

        private long versionId() {
            if (versionId == null) {
                versionId = db.select(vn.pulse.jooq.Tables.QUESTIONNAIRE_VERSION.ID)
                        .from(vn.pulse.jooq.Tables.QUESTIONNAIRE_VERSION)
                        .where(vn.pulse.jooq.Tables.QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID.eq(questionnaire)
                                .and(vn.pulse.jooq.Tables.QUESTIONNAIRE_VERSION.NUMBER.eq(version)))
                        .fetchOne(vn.pulse.jooq.Tables.QUESTIONNAIRE_VERSION.ID);
            }
            return versionId;
        }

        private void answer(long response, String variable, String item, String choice, Double number, String text) {
            db.insertInto(RESPONSE_ANSWER).set(RESPONSE_ANSWER.RESPONSE_ID, response)
                    .set(RESPONSE_ANSWER.VARIABLE_ID, variables.get(variable)).set(RESPONSE_ANSWER.ITEM, item)
                    .set(RESPONSE_ANSWER.CHOICE, choice).set(RESPONSE_ANSWER.NUM_VALUE, number)
                    .set(RESPONSE_ANSWER.TEXT_VALUE, text).execute();
        }
    }
}
