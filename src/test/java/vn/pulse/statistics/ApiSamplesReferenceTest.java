package vn.pulse.statistics;

import static vn.pulse.statistics.ReferenceData.assertMatches;

import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * What every design must get right, on R's two api samples: apistrat (stratified by school type,
 * fpc) and apiclus1 (one-stage cluster sample of districts, fpc), each also without fpc.
 */
class ApiSamplesReferenceTest {

    private static final Estimator ESTIMATOR = new Estimator(EstimationOptions.UNSUPPRESSED);

    /** One api sample with its design, with and without fpc, and what R reported for it. */
    record ApiSample(String name, Sample withFpc, Sample withoutFpc, List<CSVRecord> rows, JsonNode r) {
        double[] numbers(String column) {
            return ReferenceData.numbers(rows, column);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<ApiSample> samples() {
        return Stream.of(
                new ApiSample("apistrat", StratifiedDesignReferenceTest.sample(true),
                        StratifiedDesignReferenceTest.sample(false), StratifiedDesignReferenceTest.ROWS,
                        StratifiedDesignReferenceTest.R),
                new ApiSample("apiclus1", ClusterDesignReferenceTest.sample(true), ClusterDesignReferenceTest.sample(false),
                        ClusterDesignReferenceTest.ROWS, ClusterDesignReferenceTest.R));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void mean_with_and_without_fpc_matches_svymean_with_deff_and_t_interval(ApiSample api) {
        assertMatches(ESTIMATOR.mean(api.withFpc(), api.numbers("api00"), null), api.r().get("mean_api00"), "mean");
        assertMatches(ESTIMATOR.mean(api.withoutFpc(), api.numbers("api00"), null), api.r().get("mean_api00_nofpc"),
                "mean without fpc");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void total_matches_svytotal(ApiSample api) {
        assertMatches(ESTIMATOR.total(api.withFpc(), api.numbers("enroll"), null), api.r().get("total_enroll"),
                "svytotal");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void ratio_matches_svyratio_with_deff(ApiSample api) {
        assertMatches(ESTIMATOR.ratio(api.withFpc(), api.numbers("api00"), api.numbers("api99"), null),
                api.r().get("ratio_api00_api99"), "svyratio");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void proportion_intervals_match_svyciprop_logit_and_beta(ApiSample api) {
        double[] yes = ReferenceData.indicator(api.rows(), r -> r.get("sch.wide").equals("Yes"));
        assertMatches(ESTIMATOR.proportion(api.withFpc(), yes, null), api.r().get("sch_wide_yes_logit"), "logit");
        Estimator kornGraubard = new Estimator(EstimationOptions.UNSUPPRESSED
                .withProportionInterval(ProportionInterval.KORN_GRAUBARD));
        assertMatches(kornGraubard.proportion(api.withFpc(), yes, null), api.r().get("sch_wide_yes_beta"), "beta");
    }
}
