package vn.pulse.fieldwork;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.pulse.area.Area;
import vn.pulse.area.AreaService;
import vn.pulse.base.security.Role;
import vn.pulse.base.security.SystemUser;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.LocalizedText;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.SamplingPlan;
import vn.pulse.questionnaire.Section;
import vn.pulse.support.TestUsers;

/** Accounts, areas and a small published questionnaire with skip logic, a constraint and a calculation. */
@Component
@Profile("test") // test sources are on the classpath of the dev run and the bench too: stay out of them
public class FieldworkFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final QuestionnaireService questionnaires;
    private final AreaService areas;
    private final TestUsers users;

    FieldworkFixtures(QuestionnaireService questionnaires, AreaService areas, TestUsers users) {
        this.questionnaires = questionnaires;
        this.areas = areas;
        this.users = users;
    }

    public String surveyor(String username, String areaCode) {
        return users.ensure(username, Role.SURVEYOR, areaCode);
    }

    public String supervisor(String username, String areaCode) {
        return users.ensure(username, Role.SUPERVISOR, areaCode);
    }

    /** The first commune of a province, by code order. */
    public Area communeOf(String provinceCode) {
        return SystemUser.call(() -> areas.children(provinceCode, false)).stream()
                .sorted(java.util.Comparator.comparing(Area::code)).findFirst().orElseThrow();
    }

    /**
     * Published, national, stratified by province (08 and 01) and clustered by area. Section
     * "chung": dong_y (select_one co/khong, required), ly_do (text, asked only when dong_y = khong),
     * tuoi (integer 18..100, required), nam_sinh (calculate 2026 - tuoi); section "y_kien":
     * chu_de (select_multiple), diem (rating), tin_tuong (matrix of two items on a 3-point scale).
     */
    public FormDefinition publishedSurvey() {
        String code = "fw_test_" + SEQUENCE.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 6);
        FormDefinition definition = FormDefinition.unsaved(code, LocalizedText.of("Khảo sát thử nghiệm", "Trial survey"),
                List.of("vi", "en"), List.of(
                        new Section("chung", LocalizedText.of("Thông tin chung", "General"), null, List.of(
                                q("dong_y", QuestionType.SELECT_ONE).required(true)
                                        .choices(choices("co", "Có", "khong", "Không")).build(),
                                q("ly_do", QuestionType.TEXT).relevant("${dong_y} = 'khong'").build(),
                                q("tuoi", QuestionType.INTEGER).required(true)
                                        .constraint(". >= 18 and . <= 100", LocalizedText.of("Tuổi từ 18 đến 100",
                                                "Age 18 to 100")).build(),
                                q("nam_sinh", QuestionType.CALCULATE).calculation("2026 - ${tuoi}").build())),
                        new Section("y_kien", LocalizedText.of("Ý kiến", "Opinions"), null, List.of(
                                q("chu_de", QuestionType.SELECT_MULTIPLE)
                                        .choices(choices("gia_ca", "Giá cả", "y_te", "Y tế", "giao_duc", "Giáo dục")).build(),
                                q("diem", QuestionType.RATING).build(),
                                q("tin_tuong", QuestionType.MATRIX).choices(choices("1", "Thấp", "2", "Vừa", "3", "Cao"))
                                        .items(choices("chinh_quyen", "Chính quyền", "cong_an", "Công an")).build()))),
                new SamplingPlan(SamplingPlan.Design.STRATIFIED, SamplingPlan.AREA, SamplingPlan.AREA, null, null,
                        List.of(new SamplingPlan.Stratum("08", 500_000L, 400), new SamplingPlan.Stratum("01", 900_000L, 400))));
        return SystemUser.call(() -> {
            long id = questionnaires.create(definition, "test").questionnaireId();
            return questionnaires.publish(id);
        });
    }

    /** A valid submission of {@link #publishedSurvey()} in an area. */
    public static Submission valid(String area, Map<String, Object> answers) {
        Instant completed = Instant.now().minusSeconds(60);
        return Submission.of(UUID.randomUUID().toString(), null, area, completed.minusSeconds(600), completed, answers);
    }

    public static Map<String, Object> answers(int age) {
        return Map.of("dong_y", "co", "tuoi", age, "chu_de", List.of("gia_ca", "y_te"), "diem", 7,
                "tin_tuong", Map.of("chinh_quyen", "3", "cong_an", "2"));
    }

    private static Question.Builder q(String name, QuestionType type) {
        return Question.builder(name, type).label("Câu " + name, "Question " + name);
    }

    private static List<Choice> choices(String... nameLabel) {
        java.util.ArrayList<Choice> list = new java.util.ArrayList<>();
        for (int i = 0; i < nameLabel.length; i += 2) {
            list.add(new Choice(nameLabel[i], LocalizedText.of(nameLabel[i + 1])));
        }
        return list;
    }
}
