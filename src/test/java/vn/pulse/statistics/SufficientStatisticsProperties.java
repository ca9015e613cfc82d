package vn.pulse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Rollups of sufficient statistics give what the engine computes from raw rows: here the rollup
 * is built independently, one respondent at a time, merged in a shuffled order and, for element
 * designs, kept per respondent instead of per stratum.
 */
class SufficientStatisticsProperties {

    private static final double AGREEMENT = 1e-12;

    @Property(tries = 300)
    void raw_rows_and_rollups_agree_on_means_shares_and_totals(@ForAll long seed, @ForAll boolean clustered,
                                                              @ForAll boolean withFpc, @ForAll boolean inDomain) {
        RandomSurvey survey = RandomSurvey.of(seed, clustered, withFpc);
        Sample sample = survey.sample();
        boolean[] domain = inDomain ? Domains.of(survey.domain(), "x") : null;
        double[] scale = survey.scale();
        double[] topBox = new double[scale.length];
        java.util.Arrays.setAll(topBox, i -> Double.isNaN(scale[i]) ? Double.NaN : scale[i] >= 4 ? 1 : 0);
        Estimator estimator = new Estimator(EstimationOptions.UNSUPPRESSED);
        SufficientStatistics rollup = rollup(survey, sample, scale, domain, new Random(seed));
        SufficientStatistics shareRollup = rollup(survey, sample, topBox, domain, new Random(seed));

        assertAgree(rollup.mean(EstimationOptions.UNSUPPRESSED), estimator.mean(sample, scale, domain));
        assertAgree(rollup.total(EstimationOptions.UNSUPPRESSED), estimator.total(sample, scale, domain));
        assertAgree(shareRollup.proportion(EstimationOptions.UNSUPPRESSED),
                estimator.proportion(sample, topBox, domain));
    }

    /** Per-respondent sums merged per PSU in random order; element PSUs kept one by one. */
    private static SufficientStatistics rollup(RandomSurvey survey, Sample sample, double[] values, boolean[] domain,
                                               Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if ((domain == null || domain[i]) && !Double.isNaN(values[i])) {
                order.add(i);
            }
        }
        Collections.shuffle(order, random);
        Map<String, PsuSums> cells = new LinkedHashMap<>();
        for (int i : order) {
            SampleUnit unit = survey.units().get(i);
            String psu = sample.design().type().isClustered() ? unit.cluster() : "respondent " + i;
            cells.merge(unit.stratum() + "/" + psu, PsuSums.of(unit.stratum(), psu, values[i], unit.weight()),
                    PsuSums::plus);
        }
        return new SufficientStatistics(sample.design().type(), sample.design().lonelyPsu(), sample.frames(),
                new ArrayList<>(cells.values()));
    }

    /**
     * Estimates agree to 1e-12 relative. Variances from one-pass sums carry a rounding error of
     * about 1e-16 × estimate²/n (the cancellation in Σw²y² − 2ȳΣw²y + ȳ²Σw²), so they agree to
     * 1e-12 of themselves or of that scale, whichever is larger; standard errors, intervals and
     * design effects are compared to 1e-12 when the variance is well above that scale.
     */
    private static void assertAgree(Estimate rollup, Estimate raw) {
        assertThat(rollup.n()).isEqualTo(raw.n());
        assertThat(rollup.df()).isEqualTo(Double.valueOf(raw.df()));
        assertThat(rollup.suppressed()).isEqualTo(raw.suppressed());
        if (raw.suppressed()) {
            return;
        }
        assertClose(rollup.estimate(), raw.estimate(), Math.max(1, Math.abs(raw.estimate())));
        double roundingScale = raw.estimate() * raw.estimate() / raw.n();
        double variance = raw.se() * raw.se();
        assertClose(rollup.se() * rollup.se(), variance, Math.max(variance, roundingScale));
        if (variance > 1e-3 * roundingScale) {
            assertClose(rollup.se(), raw.se(), raw.se());
            assertClose(rollup.ciLow(), raw.ciLow(), Math.max(1, Math.abs(raw.ciLow())));
            assertClose(rollup.ciHigh(), raw.ciHigh(), Math.max(1, Math.abs(raw.ciHigh())));
            assertClose(rollup.deff(), raw.deff(), Math.max(1, Math.abs(raw.deff())));
        }
    }

    private static void assertClose(double rollup, double raw, double scale) {
        if (Double.isNaN(raw)) {
            assertThat(rollup).isNaN();
        } else {
            assertThat(rollup).isCloseTo(raw, offset(AGREEMENT * scale));
        }
    }
}
