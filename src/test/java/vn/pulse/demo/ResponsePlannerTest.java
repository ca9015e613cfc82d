package vn.pulse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.FormEvaluation;
import vn.pulse.questionnaire.FormEvaluator;

/** The generator's answer model on its own: valid answers, the same data for the same seed, the fabricator's traces. */
class ResponsePlannerTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    private static final FormDefinition FORM = DemoWorld.load();

    private static ResponsePlanner planner(long seed) {
        DemoPlan plan = new DemoPlan(2000, seed, LAST_DAY, 24, List.of("08", "01"), "08", "08", "demo_test", "t",
                false, false);
        List<ProvinceFrame> provinces = ProvinceFrame.load().stream()
                .filter(p -> plan.provinces().contains(p.code())).toList();
        Map<String, List<Site>> sites = Map.of(
                "08", List.of(new Site(1, "08001", "/08/08001/", "08"), new Site(2, "08002", "/08/08002/", "08")),
                "01", List.of(new Site(3, "01001", "/01/01001/", "01")));
        Map<String, List<Fieldworker>> workers = Map.of(
                "08", List.of(new Fieldworker(10, "t.08.1", "08", false), new Fieldworker(11, "t.08.2", "08", true)),
                "01", List.of(new Fieldworker(12, "t.01.1", "01", false)));
        return new ResponsePlanner(plan, ZONE, provinces, sites, workers);
    }

    @Test
    void every_generated_response_passes_the_questionnaires_own_validation() {
        for (GeneratedResponse r : planner(7).slice(0, 400)) {
            FormEvaluation evaluation = FormEvaluator.evaluate(FORM, r.answers(), LAST_DAY);
            assertThat(evaluation.errors()).as("response %d", r.index()).isEmpty();
            assertThat(evaluation.answers()).containsAllEntriesOf(r.answers());
        }
    }

    @Test
    void the_same_seed_makes_the_same_responses_and_another_seed_other_ones() {
        List<GeneratedResponse> first = planner(7).slice(0, 200);

        assertThat(planner(7).slice(0, 200)).isEqualTo(first);
        assertThat(planner(7).response(150)).isEqualTo(first.get(150));
        assertThat(planner(8).slice(0, 200)).isNotEqualTo(first);
    }

    @Test
    void responses_come_in_interview_order_over_the_whole_period() {
        List<LocalDate> days = planner(7).slice(0, 2000).stream().map(GeneratedResponse::interviewDate).toList();

        assertThat(days).isSorted();
        assertThat(days.getFirst()).isBefore(LAST_DAY.minusMonths(24).plusDays(3));
        assertThat(days.getLast()).isAfter(LAST_DAY.minusDays(3)).isBeforeOrEqualTo(LAST_DAY);
    }

    @Test
    void the_fabricator_is_fast_straight_lines_the_battery_and_copies_one_form() {
        List<GeneratedResponse> all = planner(7).slice(0, 2000);
        List<GeneratedResponse> faked = all.stream().filter(r -> r.collector().fabricator()).toList();
        List<GeneratedResponse> honest = all.stream().filter(r -> !r.collector().fabricator()).toList();

        assertThat(faked).hasSizeGreaterThan(100);
        double median = honest.stream().mapToInt(GeneratedResponse::durationSeconds).sorted()
                .skip(honest.size() / 2).findFirst().orElseThrow();
        assertThat(faked).allSatisfy(r -> {
            assertThat((double) r.durationSeconds()).isLessThan(median / 3);
            assertThat(new java.util.HashSet<Object>(((Map<?, ?>) r.answers().get("danh_gia_dich_vu")).values()))
                    .containsExactly("tot");
        });
        long distinctForms = faked.stream().map(r -> {
            var copy = new java.util.HashMap<>(r.answers());
            copy.remove("gioi_tinh");
            return copy;
        }).distinct().count();
        assertThat(distinctForms).isEqualTo(1);
        assertThat(honest.stream().map(GeneratedResponse::answers).distinct().count()).isGreaterThan(honest.size() * 9 / 10);
    }

    @Test
    void satisfaction_rises_and_price_worries_fall_over_the_period() {
        List<GeneratedResponse> all = planner(3).slice(0, 2000).stream().filter(r -> !r.collector().fabricator())
                .toList();
        LocalDate middle = LAST_DAY.minusMonths(12);

        assertThat(mean(all, "hai_long_chinh_sach", false, middle))
                .isGreaterThan(mean(all, "hai_long_chinh_sach", true, middle) + 0.4);
        assertThat(mean(all, "lo_ngai_gia_ca", false, middle))
                .isLessThan(mean(all, "lo_ngai_gia_ca", true, middle) - 0.4);
    }

    private static double mean(List<GeneratedResponse> rs, String question, boolean before, LocalDate middle) {
        return rs.stream().filter(r -> r.interviewDate().isBefore(middle) == before)
                .mapToLong(r -> (Long) r.answers().get(question)).average().orElseThrow();
    }
}
