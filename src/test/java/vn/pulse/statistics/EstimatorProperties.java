package vn.pulse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** Invariants of design-based estimation that must hold for any sample. */
class EstimatorProperties {

    private static final Estimator ESTIMATOR = new Estimator(EstimationOptions.UNSUPPRESSED);

    @Property(tries = 200)
    void weights_scaled_by_a_constant_leave_means_and_proportions_unchanged(@ForAll long seed,
            @ForAll boolean clustered, @ForAll @DoubleRange(min = 0.01, max = 1000) double factor) {
        RandomSurvey survey = RandomSurvey.of(seed, clustered, false);
        Sample sample = survey.sample();
        Sample rescaled = Sample.of(survey.design(), survey.units().stream()
                .map(u -> new SampleUnit(u.stratum(), u.cluster(), u.weight() * factor)).toList());
        assertSame(ESTIMATOR.mean(rescaled, survey.scale(), null), ESTIMATOR.mean(sample, survey.scale(), null));
        Map<String, Estimate> before = ESTIMATOR.shares(sample, survey.choice(), RandomSurvey.OPTIONS, null);
        Map<String, Estimate> after = ESTIMATOR.shares(rescaled, survey.choice(), RandomSurvey.OPTIONS, null);
        RandomSurvey.OPTIONS.forEach(o -> assertSame(after.get(o), before.get(o)));
    }

    @Property(tries = 200)
    void shares_of_a_single_choice_question_sum_to_one(@ForAll long seed, @ForAll boolean clustered,
                                                       @ForAll boolean inDomain) {
        RandomSurvey survey = RandomSurvey.of(seed, clustered, true);
        boolean[] domain = inDomain ? Domains.of(survey.domain(), "x") : null;
        Assume.that(IntStream.range(0, domain == null ? 1 : domain.length)
                .anyMatch(i -> domain == null || domain[i] && survey.choice()[i] != null));
        Map<String, Estimate> shares = ESTIMATOR.shares(survey.sample(), survey.choice(), RandomSurvey.OPTIONS, domain);
        assertThat(shares.values()).noneMatch(Estimate::suppressed);
        assertThat(shares.values().stream().mapToDouble(Estimate::estimate).sum()).isCloseTo(1, offset(1e-12));
    }

    @Property(tries = 100)
    void raking_reproduces_its_margins(@ForAll long seed, @ForAll boolean clustered) {
        RandomSurvey survey = RandomSurvey.of(seed, clustered, false);
        Map<String, Double> sexTargets = Map.of("m", 5200.0, "f", 4800.0);
        Map<String, Double> ageTargets = Map.of("young", 3000.0, "middle", 4000.0, "old", 3000.0);
        RakingResult result = Raking.apply(survey.sample(), List.of(
                new RakingMargin("sex", Arrays.asList(survey.sex()), sexTargets),
                new RakingMargin("age", Arrays.asList(survey.age()), ageTargets)), new RakingControl(500, 1e-12));
        assertThat(result.converged()).isTrue();
        double[] weights = result.sample().weights();
        assertMargins(weights, survey.sex(), sexTargets);
        assertMargins(weights, survey.age(), ageTargets);
    }

    @Property(tries = 100)
    void post_stratification_reproduces_its_cells_and_calibrated_shares_have_no_error(@ForAll long seed,
                                                                                    @ForAll boolean clustered) {
        RandomSurvey survey = RandomSurvey.of(seed, clustered, false);
        Map<String, Double> targets = Map.of("m", 700.0, "f", 300.0);
        Sample post = PostStratification.apply(survey.sample(), survey.sex(), targets);
        assertMargins(post.weights(), survey.sex(), targets);
        double[] male = new double[survey.sex().length];
        Arrays.setAll(male, i -> survey.sex()[i].equals("m") ? 1 : 0);
        Estimate share = ESTIMATOR.proportion(post, male, null);
        assertThat(share.estimate()).isCloseTo(0.7, offset(1e-12));
        assertThat(share.se()).isLessThan(1e-9);
    }

    @Property(tries = 100)
    void trimming_keeps_the_sum_of_the_weights_and_strict_trimming_its_bounds(@ForAll long seed) {
        Sample sample = RandomSurvey.of(seed, false, false).sample();
        double[] weights = sample.weights();
        double mean = Arrays.stream(weights).average().orElseThrow();
        // a cap above the mean can always be met; bounds on both sides may leave no weight to share with
        Sample once = WeightTrimming.trim(sample, 0, mean * 1.2, false);
        assertThat(Arrays.stream(once.weights()).sum()).isCloseTo(Arrays.stream(weights).sum(), offset(1e-9));
        Sample strict = WeightTrimming.trim(sample, 0, mean * 1.2, true);
        assertThat(Arrays.stream(strict.weights()).sum()).isCloseTo(Arrays.stream(weights).sum(), offset(1e-9));
        assertThat(Arrays.stream(strict.weights()).max().orElseThrow()).isLessThanOrEqualTo(mean * 1.2 + 1e-9);
    }

    @Property(tries = 100)
    void a_domain_of_everyone_is_the_whole_sample(@ForAll long seed, @ForAll boolean clustered) {
        RandomSurvey survey = RandomSurvey.of(seed, clustered, true);
        boolean[] everyone = new boolean[survey.units().size()];
        Arrays.fill(everyone, true);
        assertThat(ESTIMATOR.mean(survey.sample(), survey.scale(), everyone))
                .isEqualTo(ESTIMATOR.mean(survey.sample(), survey.scale(), null));
    }

    @Property(tries = 100)
    void the_total_is_the_mean_times_the_weights_of_those_who_answered(@ForAll long seed, @ForAll boolean clustered) {
        RandomSurvey survey = RandomSurvey.of(seed, clustered, true);
        Sample sample = survey.sample();
        double answeredWeight = 0;
        for (int i = 0; i < survey.scale().length; i++) {
            answeredWeight += Double.isNaN(survey.scale()[i]) ? 0 : sample.weight(i);
        }
        assertThat(ESTIMATOR.total(sample, survey.scale(), null).estimate())
                .isCloseTo(ESTIMATOR.mean(sample, survey.scale(), null).estimate() * answeredWeight, offset(1e-6));
    }

    private static void assertMargins(double[] weights, String[] categories, Map<String, Double> targets) {
        Map<String, Double> totals = new HashMap<>();
        for (int i = 0; i < weights.length; i++) {
            totals.merge(categories[i], weights[i], Double::sum);
        }
        targets.forEach((category, target) -> assertThat(totals.get(category)).isCloseTo(target, offset(target * 1e-9)));
    }

    private static void assertSame(Estimate actual, Estimate expected) {
        assertClose(actual.estimate(), expected.estimate(), 1e-15);
        // one-pass sums lose ~1e-16 of Σw²y² to rounding: a zero variance may come out as 1e-16
        assertClose(actual.se(), expected.se(), 1e-7);
        assertClose(actual.ciLow(), expected.ciLow(), 1e-5);
        assertClose(actual.ciHigh(), expected.ciHigh(), 1e-5);
    }

    /** Equal to 1e-9 relative plus {@code absolute}; NaN (no interval without df) stays NaN. */
    private static void assertClose(double actual, double expected, double absolute) {
        if (Double.isNaN(expected)) {
            assertThat(actual).isNaN();
        } else {
            assertThat(actual).isCloseTo(expected, offset(1e-9 * Math.abs(expected) + absolute));
        }
    }
}
