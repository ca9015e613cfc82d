package vn.pulse.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pulse.questionnaire.Forms.choices;
import static vn.pulse.questionnaire.Forms.q;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.pulse.audit.AuditQuery;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.Role;
import vn.pulse.questionnaire.SamplingPlan.Design;
import vn.pulse.questionnaire.SamplingPlan.Stratum;
import vn.pulse.support.IntegrationTest;

class QuestionnaireServiceIT extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    QuestionnaireService service;

    @Autowired
    AuditTrail audit;

    String admin;
    String provincialAdmin;
    String otherProvinceAdmin;
    String surveyor;

    @BeforeEach
    void accounts() {
        admin = users.ensure("q-admin", Role.ADMIN, null);
        provincialAdmin = users.ensure("q-admin-08", Role.ADMIN, "08");
        otherProvinceAdmin = users.ensure("q-admin-01", Role.ADMIN, "01");
        surveyor = users.ensure("q-surveyor-08", Role.SURVEYOR, "08");
    }

    static FormDefinition sample(String code) {
        return FormDefinition.unsaved(code, LocalizedText.of("Khảo sát thử", "Trial survey"), List.of("vi", "en"),
                List.of(new Section("chung", LocalizedText.of("Thông tin chung"), null, List.of(
                        q("sex", QuestionType.SELECT_ONE).required(true).choices(choices("nam", "Nam", "nu", "Nữ")).build(),
                        q("age", QuestionType.INTEGER).constraint(". >= 15", LocalizedText.of("Từ 15 tuổi")).build(),
                        q("reason", QuestionType.TEXT).relevant("${age} >= 60").build()))),
                null);
    }

    static String code() {
        return "ks_service_" + SEQUENCE.incrementAndGet();
    }

    @Test
    void publishing_freezes_a_version_and_editing_starts_the_next_one() {
        FormDefinition created = users.as(admin, () -> service.create(sample(code()), "test"));
        long id = created.questionnaireId();
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(created.sameContent(sample(created.code()))).isTrue();

        FormDefinition v1 = users.as(admin, () -> service.publish(id));
        assertThat(v1.isPublished()).isTrue();
        assertThatThrownBy(() -> users.as(admin, () -> service.saveDraft(id, v1)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("questionnaire_version_published"));

        FormDefinition v2 = users.as(admin, () -> service.startNewVersion(id));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(v2.sameContent(v1)).isTrue();
        assertThat(users.as(admin, () -> service.startNewVersion(id)).version()).as("one draft at a time").isEqualTo(2);

        Section changed = v2.sections().getFirst().withQuestions(List.of(v2.questions().getFirst(),
                q("job", QuestionType.TEXT).build()));
        users.as(admin, () -> service.saveDraft(id, v2.withSections(List.of(changed))));
        assertThat(users.as(surveyor, () -> service.version(id, 1)).questions()).extracting(Question::name)
                .containsExactly("sex", "age", "reason");
        assertThat(users.as(admin, () -> service.latest(id)).questions()).extracting(Question::name)
                .containsExactly("sex", "job");
        assertThat(users.as(surveyor, () -> service.currentPublished(id)).orElseThrow().version()).isEqualTo(1);
        assertThat(users.as(admin, () -> service.versionNumbers(id))).containsExactly(1, 2);
        assertThat(users.as(admin, () -> audit.search(new AuditQuery(admin, "questionnaire.", null, null), 0, 50)))
                .extracting(e -> e.action())
                .contains("questionnaire.created", "questionnaire.published", "questionnaire.version_started",
                        "questionnaire.draft_saved");
    }

    @Test
    void a_questionnaire_with_problems_cannot_be_published() {
        FormDefinition broken = sample(code()).withSections(List.of(new Section("chung", LocalizedText.of("Chung"),
                null, List.of(q("a", QuestionType.TEXT).relevant("${b} = 1").build(),
                        q("a", QuestionType.INTEGER).build()))));
        long id = users.as(admin, () -> service.create(broken, "test")).questionnaireId();
        assertThat(users.as(admin, () -> service.validate(id))).extracting(FormProblem::code)
                .containsExactlyInAnyOrder("reference_unknown", "name_duplicate");
        assertThatThrownBy(() -> users.as(admin, () -> service.publish(id)))
                .isInstanceOfSatisfying(FormProblemsException.class, e -> assertThat(e.problems()).hasSize(2));
        assertThat(users.as(admin, () -> service.latest(id)).status()).isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void the_published_version_is_parsed_once_and_shared() {
        long id = users.as(admin, () -> service.create(sample(code()), "test")).questionnaireId();
        users.as(admin, () -> service.publish(id));
        FormDefinition first = users.as(surveyor, () -> service.currentPublished(id)).orElseThrow();
        FormDefinition second = users.as(surveyor, () -> service.currentPublished(id)).orElseThrow();
        assertThat(second).isSameAs(first);
        assertThat(FormEvaluator.evaluate(first, Map.of("sex", "nu", "age", "70", "reason", "Hưu"),
                java.time.LocalDate.now()).isValid()).isTrue();
    }

    @Test
    void roles_and_areas_decide_who_designs_and_who_reads() {
        String nationalCode = code();
        long national = users.as(admin, () -> service.create(sample(nationalCode), "test")).questionnaireId();
        assertThatThrownBy(() -> users.as(surveyor, () -> service.create(sample(code()), "test")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(surveyor, () -> service.list(false))).extracting(QuestionnaireSummary::code)
                .doesNotContain(nationalCode);
        users.as(admin, () -> service.publish(national));
        assertThat(users.as(surveyor, () -> service.list(false))).extracting(QuestionnaireSummary::code)
                .contains(nationalCode);
        assertThatThrownBy(() -> users.as(provincialAdmin, () -> service.startNewVersion(national)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("questionnaire_not_owned"));

        String provincialCode = code();
        long provincial = users.as(provincialAdmin, () -> service.create(sample(provincialCode), "test")).questionnaireId();
        assertThat(users.as(otherProvinceAdmin, () -> service.list(true))).extracting(QuestionnaireSummary::code)
                .doesNotContain(provincialCode).contains(nationalCode);
        assertThatThrownBy(() -> users.as(otherProvinceAdmin, () -> service.latest(provincial)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("questionnaire_not_found"));
        assertThat(users.as(admin, () -> service.canEdit(provincial))).isTrue();
    }

    @Test
    void a_sampling_plan_is_validated_saved_and_seen_by_published_versions() {
        long id = users.as(admin, () -> service.create(sample(code()), "test")).questionnaireId();
        users.as(admin, () -> service.publish(id));
        FormDefinition before = users.as(surveyor, () -> service.currentPublished(id)).orElseThrow();
        assertThat(before.samplingPlan().isProbability()).isFalse();

        SamplingPlan byArea = new SamplingPlan(Design.STRATIFIED, SamplingPlan.AREA, null, null, null,
                List.of(new Stratum("08", 4421L, 100), new Stratum("99", 10L, 5)));
        assertThatThrownBy(() -> users.as(admin, () -> service.saveSamplingPlan(id, byArea)))
                .isInstanceOfSatisfying(FormProblemsException.class, e -> assertThat(e.problems())
                        .extracting(FormProblem::code).containsExactly("plan_area_unknown"));

        SamplingPlan bySex = new SamplingPlan(Design.STRATIFIED, "sex", "area", null, null,
                List.of(new Stratum("nam", 2100L, 50), new Stratum("nu", 2321L, 50)));
        users.as(admin, () -> service.saveSamplingPlan(id, bySex));
        FormDefinition after = users.as(surveyor, () -> service.currentPublished(id)).orElseThrow();
        assertThat(after.samplingPlan()).isEqualTo(bySex);
        assertThat(after.samplingPlan().isProbability()).isTrue();
    }

    @Test
    void a_copy_is_a_new_questionnaire_with_the_same_content_and_archiving_hides_it_from_new_work() {
        FormDefinition original = users.as(admin, () -> service.create(sample(code()), "test"));
        String copyCode = code();
        FormDefinition copy = users.as(admin, () -> service.copy(original.questionnaireId(), copyCode));
        assertThat(copy.questionnaireId()).isNotEqualTo(original.questionnaireId());
        assertThat(copy.version()).isEqualTo(1);
        assertThat(copy.sections()).isEqualTo(original.sections());
        assertThatThrownBy(() -> users.as(admin, () -> service.copy(original.questionnaireId(), copyCode)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("questionnaire_code_taken"));

        users.as(admin, () -> service.publish(copy.questionnaireId()));
        users.as(admin, () -> service.setArchived(copy.questionnaireId(), true));
        assertThat(users.as(surveyor, () -> service.currentPublished(copy.questionnaireId()))).isEmpty();
        assertThat(users.as(surveyor, () -> service.version(copy.questionnaireId(), 1)).isPublished()).isTrue();
        assertThat(users.as(admin, () -> service.list(false))).extracting(QuestionnaireSummary::code).doesNotContain(copyCode);
        assertThat(users.as(admin, () -> service.list(true))).extracting(QuestionnaireSummary::code).contains(copyCode);
    }

    @Test
    void drafts_beyond_what_the_database_holds_are_refused_whole() {
        FormDefinition tooLong = sample(code()).withSections(List.of(new Section("chung", LocalizedText.of("Chung"), null,
                List.of(q("x".repeat(65), QuestionType.TEXT).build()))));
        assertThatThrownBy(() -> users.as(admin, () -> service.create(tooLong, "test")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("questionnaire_name_invalid"));
        assertThat(users.as(admin, () -> service.list(true))).extracting(QuestionnaireSummary::code)
                .doesNotContain(tooLong.code());
    }
}
