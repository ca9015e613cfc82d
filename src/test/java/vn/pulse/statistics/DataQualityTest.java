package vn.pulse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pulse.statistics.ReferenceData.assertClose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The quality detectors find what reference.R planted in the opinion survey, with evidence. */
class DataQualityTest {

    private static final List<CSVRecord> ROWS = OpinionSurvey.ROWS;
    private static final List<String> ATTITUDES = List.of("likert", "concern", "src_tv", "src_bao", "src_mxh",
            "src_hop", "trust1", "trust2", "trust3", "trust4", "trust5");

    @Test
    void speeders_are_interviews_under_a_third_of_the_median() {
        Map<String, Double> durations = new LinkedHashMap<>();
        ROWS.forEach(r -> durations.put(r.get("id"), Double.parseDouble(r.get("duration"))));
        List<SpeedingFlag> flags = new SpeedingDetector(1.0 / 3).detect(durations);
        assertThat(flags).extracting(SpeedingFlag::responseId).containsExactlyInAnyOrder("R0017", "R0123", "R0301");
        double[] sorted = durations.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        assertThat(flags).allSatisfy(f -> {
            assertThat(f.medianSeconds()).isEqualTo(sorted[sorted.length / 2]);
            assertThat(f.ratio()).isEqualTo(f.seconds() / f.medianSeconds()).isLessThan(1.0 / 3);
        });
    }

    @Test
    void too_few_interviews_give_no_yardstick() {
        assertThat(new SpeedingDetector(1.0 / 3).detect(Map.of("a", 100.0, "b", 900.0, "c", 1000.0, "d", 950.0)))
                .isEmpty();
    }

    @Test
    void straight_liners_tick_one_column_down_the_battery() {
        Map<String, double[]> batteries = new LinkedHashMap<>();
        double[][] battery = OpinionSurvey.battery();
        for (int i = 0; i < battery.length; i++) {
            batteries.put(ROWS.get(i).get("id"), battery[i]);
        }
        List<StraightLiningFlag> flags = new StraightLiningDetector(5).detect(batteries);
        assertThat(flags).extracting(StraightLiningFlag::responseId).contains("R0040", "R0041", "R0220");
        assertThat(flags).allSatisfy(f -> {
            assertThat(f.zeroVariance()).isTrue();
            assertThat(f.longestRun()).isEqualTo(5);
            assertThat(batteries.get(f.responseId())).containsOnly(f.value());
        });
    }

    @Test
    void a_run_in_a_long_battery_is_flagged_and_a_gap_breaks_it() {
        Map<String, double[]> batteries = new LinkedHashMap<>();
        batteries.put("run", new double[] {1, 4, 4, 4, 4, 4, 2, 3});
        batteries.put("broken", new double[] {4, 4, 4, Double.NaN, 4, 4, 2, 3});
        List<StraightLiningFlag> flags = new StraightLiningDetector(5).detect(batteries);
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.responseId()).isEqualTo("run");
            assertThat(f.longestRun()).isEqualTo(5);
            assertThat(f.value()).isEqualTo(4);
            assertThat(f.zeroVariance()).isFalse();
            assertThat(f.answered()).isEqualTo(8);
        });
    }

    @Test
    void copied_interviews_are_found_exact_and_near() {
        Map<String, List<String>> vectors = new LinkedHashMap<>();
        for (CSVRecord row : ROWS) {
            vectors.put(row.get("id"), ATTITUDES.stream().map(row::get).toList());
        }
        List<NearDuplicateFlag> flags = new NearDuplicateDetector(0.9, 8).detect(vectors);
        assertThat(flags).anySatisfy(f -> assertCopy(f, "R0077", "R0076", 1.0))
                .anySatisfy(f -> assertCopy(f, "R0078", "R0076", 1.0))
                .anySatisfy(f -> assertCopy(f, "R0079", "R0076", 10.0 / 11));
    }

    private static void assertCopy(NearDuplicateFlag flag, String response, String original, double share) {
        assertThat(flag.responseId()).isEqualTo(response);
        assertThat(flag.duplicateOf()).isEqualTo(original);
        assertThat(flag.share()).isEqualTo(share);
        assertThat(flag.compared()).isEqualTo(11);
    }

    @Test
    void surveyor_tests_match_chisq_test_and_bh_in_r_and_flag_the_deviant() {
        List<SurveyorDeviationDetector.SurveyorAnswer> answers = new ArrayList<>();
        ROWS.forEach(r -> answers.add(new SurveyorDeviationDetector.SurveyorAnswer(r.get("surveyor"), r.get("province"),
                "concern", r.get("concern"))));
        JsonNode r = ReferenceData.reference("surveyors");
        List<SurveyorDeviationFlag> all = new SurveyorDeviationDetector(0.99, 1).detect(answers);
        assertThat(all).hasSizeGreaterThan(10);
        for (SurveyorDeviationFlag flag : all) {
            JsonNode expected = r.get(flag.surveyor()).get(0);
            assertClose(flag.chiSquare(), expected.get("chisq").asDouble(), flag.surveyor() + " X2");
            assertThat(flag.df()).isEqualTo(expected.get("df").asInt());
            assertClose(flag.pValue(), expected.get("pValue").asDouble(), flag.surveyor() + " p");
            assertClose(flag.adjustedP(), expected.get("adjusted").asDouble(), flag.surveyor() + " BH");
        }
        List<SurveyorDeviationFlag> flags = new SurveyorDeviationDetector(0.05, 1).detect(answers);
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.surveyor()).isEqualTo("DTV-NA02-1");
            assertThat(f.answer()).isEqualTo("dat_dai");
            assertThat(f.surveyorShare()).isGreaterThan(f.peerShare());
        });
    }

    @Test
    void benjamini_hochberg_is_monotone_and_capped() {
        double[] adjusted = SurveyorDeviationDetector.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.5});
        // sorted 0.01, 0.03, 0.04, 0.5 → p·4/rank = 0.04, 0.06, 0.0533, 0.5 → running minimum from the top
        assertThat(adjusted).containsExactly(new double[] {0.04, 0.16 / 3, 0.16 / 3, 0.5},
                org.assertj.core.data.Offset.offset(1e-15));
        assertThat(Arrays.stream(adjusted).max().orElseThrow()).isLessThanOrEqualTo(1);
    }
}
