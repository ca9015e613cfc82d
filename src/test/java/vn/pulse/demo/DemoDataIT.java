package vn.pulse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.pulse.opinion.Direction;
import vn.pulse.opinion.OpinionStatistics;
import vn.pulse.opinion.StreamCount;
import vn.pulse.statistics.EarlyWarning;
import vn.pulse.statistics.OpinionAlert;
import vn.pulse.statistics.WarningSettings;
import vn.pulse.statistics.WeeklyOpinionCount;
import vn.pulse.support.IntegrationTest;

/**
 * The generator on the real database: the planted effects are really there (trends, the hot
 * issue in its province, the fabricator's traces) and the same seed makes the same data. Works in
 * provinces 96 and 92, in 2019–2021, where no other test looks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataIT extends IntegrationTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2021, 6, 30);
    private static final long SEED = 42;

    @Autowired
    DemoDataService demo;

    @Autowired
    OpinionStatistics opinions;

    @Autowired
    JdbcTemplate jdbc;

    private DemoSummary first;

    private static DemoPlan plan(String code, boolean reports, boolean fastPath) {
        return new DemoPlan(500, SEED, LAST_DAY, 24, List.of("96", "92"), "96", "96", code, "itdemo", reports,
                fastPath);
    }

    @BeforeAll
    void generate() {
        first = asSystem(() -> demo.generate(plan("demo_it_a", true, false), p -> { }));
    }

    @Test
    void makes_the_responses_asked_for_and_the_collaborators_reports() {
        assertThat(first.responsesAdded()).isEqualTo(500);
        assertThat(count("SELECT COUNT(*) FROM response WHERE questionnaire_id = ?", first.questionnaireId()))
                .isEqualTo(500);
        assertThat(first.reportsAdded()).isGreaterThan(4 * 23);
    }

    @Test
    void satisfaction_rises_and_price_worries_fall_in_the_stored_answers() {
        LocalDate middle = LAST_DAY.minusMonths(12);

        assertThat(mean("hai_long_chinh_sach", false, middle)).isGreaterThan(mean("hai_long_chinh_sach", true, middle) + 0.2);
        assertThat(mean("lo_ngai_gia_ca", false, middle)).isLessThan(mean("lo_ngai_gia_ca", true, middle) - 0.2);
    }

    @Test
    void the_fabricator_is_fast_and_straight_lines_the_battery() {
        String fabricator = "itdemo.96.3";
        List<Integer> others = jdbc.queryForList("""
                SELECT r.duration_seconds FROM response r JOIN app_user u ON u.id = r.collector_id
                WHERE r.questionnaire_id = ? AND u.username <> ? ORDER BY r.duration_seconds""", Integer.class,
                first.questionnaireId(), fabricator);
        List<Integer> his = jdbc.queryForList("""
                SELECT r.duration_seconds FROM response r JOIN app_user u ON u.id = r.collector_id
                WHERE r.questionnaire_id = ? AND u.username = ?""", Integer.class, first.questionnaireId(), fabricator);
        List<Integer> distinctBatteryAnswers = jdbc.queryForList("""
                SELECT COUNT(DISTINCT a.choice) FROM response r JOIN app_user u ON u.id = r.collector_id
                JOIN response_answer a ON a.response_id = r.id JOIN survey_variable v ON v.id = a.variable_id
                WHERE r.questionnaire_id = ? AND u.username = ? AND v.name = 'danh_gia_dich_vu'
                GROUP BY r.id""", Integer.class, first.questionnaireId(), fabricator);

        assertThat(his).hasSizeGreaterThan(20);
        int median = others.get(others.size() / 2);
        assertThat(his).allSatisfy(seconds -> assertThat(seconds * 3).isLessThan(median));
        assertThat(distinctBatteryAnswers).hasSize(his.size()).containsOnly(1);
    }

    @Test
    void the_early_warning_flags_land_clearance_in_the_hot_province_only() {
        LocalDate today = LAST_DAY.plusDays(1);

        assertThat(alerts("96", today)).extracting(OpinionAlert::topic).contains(OpinionReports.HOT_TOPIC);
        assertThat(alerts("92", today)).extracting(OpinionAlert::topic).doesNotContain(OpinionReports.HOT_TOPIC);
    }

    @Test
    void the_same_seed_makes_the_same_data_and_running_it_again_adds_nothing() {
        DemoSummary copy = asSystem(() -> demo.generate(plan("demo_it_b", false, true), p -> { }));
        DemoSummary again = asSystem(() -> demo.generate(plan("demo_it_a", true, false), p -> { }));

        assertThat(copy.responsesAdded()).isEqualTo(500);
        assertThat(fingerprint(copy.questionnaireId())).isEqualTo(fingerprint(first.questionnaireId()));
        assertThat(again.responsesAdded()).isZero();
        assertThat(again.reportsAdded()).isZero();
        assertThat(again.questionnaireId()).isEqualTo(first.questionnaireId());
    }

    private List<OpinionAlert> alerts(String province, LocalDate today) {
        List<StreamCount> rows = asSystem(() -> opinions.streamCounts(province, today.minusWeeks(12), today)).rows();
        Map<List<Object>, Long> weekly = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        for (StreamCount row : rows) {
            weekly.merge(List.of(row.topic().code(), row.direction(), row.weekStart()), row.streams(), Long::sum);
        }
        List<WeeklyOpinionCount> counts = new ArrayList<>();
        weekly.forEach((key, n) -> counts.add(new WeeklyOpinionCount((String) key.get(0),
                ((Direction) key.get(1)).code(), key.get(1) != Direction.APPROVE, (LocalDate) key.get(2), n)));
        return new EarlyWarning(WarningSettings.DEFAULT).evaluate(counts, today).alerts();
    }

    private double mean(String question, boolean before, LocalDate middle) {
        return jdbc.queryForObject("""
                SELECT AVG(a.num_value) FROM response r JOIN response_answer a ON a.response_id = r.id
                JOIN survey_variable v ON v.id = a.variable_id
                WHERE r.questionnaire_id = ? AND v.name = ? AND (r.interview_date < ?) = ?""", Double.class,
                first.questionnaireId(), question, middle, before);
    }

    /** Every response with all its answers, without ids or uuids: what two runs must share. */
    private List<String> fingerprint(long questionnaireId) {
        return jdbc.queryForList("""
                SELECT CONCAT_WS('#', r.interview_date, r.started_at, r.collector_id, r.area_id, r.stratum, r.cluster,
                    r.duration_seconds, r.status, GROUP_CONCAT(CONCAT_WS('|', v.name, a.item, a.choice,
                    COALESCE(a.num_value, ''), COALESCE(a.text_value, '')) ORDER BY v.name, a.item, a.choice
                    SEPARATOR ';')) AS line
                FROM response r JOIN response_answer a ON a.response_id = r.id
                JOIN survey_variable v ON v.id = a.variable_id
                WHERE r.questionnaire_id = ? GROUP BY r.id ORDER BY line""", String.class, questionnaireId);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
