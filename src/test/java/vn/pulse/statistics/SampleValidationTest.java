package vn.pulse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.pulse.base.DomainException;

/** Bad input gets a clear error with a stable code, before any number is computed. */
class SampleValidationTest {

    private static final List<SampleUnit> TWO_STRATA = List.of(new SampleUnit("A", "a1", 2), new SampleUnit("A", "a2", 2),
            new SampleUnit("B", "b1", 3), new SampleUnit("B", "b2", 3));

    @Test
    void weights_must_be_positive_and_finite() {
        assertCode(() -> Sample.of(Design.simpleRandom(), List.of(new SampleUnit(null, null, 0))), "invalid_weight");
        assertCode(() -> Sample.of(Design.simpleRandom(), List.of(new SampleUnit(null, null, Double.NaN))),
                "invalid_weight");
        assertCode(() -> Sample.of(Design.simpleRandom(), List.of()), "empty_sample");
    }

    @Test
    void designs_need_their_strata_clusters_and_population_sizes() {
        assertCode(() -> Sample.of(Design.stratified(), List.of(new SampleUnit(null, null, 1))), "missing_stratum");
        assertCode(() -> Sample.of(Design.cluster(), List.of(new SampleUnit("A", null, 1))), "missing_cluster");
        assertCode(() -> Sample.of(Design.cluster(Map.of("A", 5.0)), TWO_STRATA), "missing_population_size");
        assertCode(() -> Sample.of(Design.cluster(Map.of("A", 5.0, "B", 1.0)), TWO_STRATA), "population_below_sample");
        assertCode(() -> Design.stratified(Map.of("A", -3.0)), "invalid_population_size");
        assertCode(() -> DesignWeights.fromPopulation(Sample.of(Design.cluster(), TWO_STRATA)), "missing_population_size");
    }

    @Test
    void clusters_are_named_within_their_stratum() {
        List<SampleUnit> units = List.of(new SampleUnit("A", "1", 1), new SampleUnit("A", "2", 1),
                new SampleUnit("B", "1", 1), new SampleUnit("B", "2", 1));
        Sample sample = Sample.of(Design.cluster(), units);
        assertThat(sample.frames().get("A").sampledPsus()).isEqualTo(2);
        assertThat(sample.frames().get("B").sampledPsus()).isEqualTo(2);
    }

    @Test
    void answers_must_line_up_with_the_respondents() {
        Sample sample = Sample.of(Design.cluster(), TWO_STRATA);
        assertCode(() -> new Estimator().mean(sample, new double[3], null), "misaligned_variable");
        assertCode(() -> new Estimator().proportion(sample, new double[] {0, 1, 2, 1}, null), "not_an_indicator");
    }

    @Test
    void calibration_targets_must_cover_the_sample_and_be_reachable() {
        Sample sample = Sample.of(Design.cluster(), TWO_STRATA);
        String[] sex = {"m", "f", "m", "f"};
        assertCode(() -> PostStratification.apply(sample, sex, Map.of("m", 10.0)), "unknown_population_cell");
        assertCode(() -> PostStratification.apply(sample, sex, Map.of("m", 10.0, "f", 10.0, "x", 5.0)),
                "empty_population_cell");
        assertCode(() -> new RakingControl(0, 1), "invalid_raking_control");
        assertCode(() -> WeightTrimming.trim(sample, 5, 1, false), "invalid_trimming_bounds");
    }

    @Test
    void raking_that_cannot_meet_inconsistent_margins_says_it_did_not_converge() {
        Sample sample = Sample.of(Design.cluster(), TWO_STRATA);
        List<String> sex = Arrays.asList("m", "f", "m", "f");
        List<String> age = Arrays.asList("young", "young", "old", "old");
        RakingResult result = Raking.apply(sample, List.of(new RakingMargin("sex", sex, Map.of("m", 10.0, "f", 10.0)),
                new RakingMargin("age", age, Map.of("young", 30.0, "old", 30.0))), new RakingControl(7, 1));
        assertThat(result.converged()).as("the weights cycle between totals of 20 and 60").isFalse();
        assertThat(result.iterations()).isBetween(1, 7);
    }

    @Test
    void unknown_periods_are_refused() {
        Sample sample = Sample.of(Design.cluster(), TWO_STRATA);
        assertCode(() -> new TrendAnalysis().means(sample, new double[] {1, 2, 3, 4},
                new String[] {"2025-01", "2025-02", "2025-13", null}, List.of("2025-01", "2025-02"), null),
                "unknown_period");
    }

    private static void assertCode(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(code))
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).startsWith("statistics.error."));
    }
}
