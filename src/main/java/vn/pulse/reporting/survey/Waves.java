package vn.pulse.reporting.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.pulse.questionnaire.SamplingPlan;
import vn.pulse.reporting.ReportPeriod;
import vn.pulse.statistics.Design;
import vn.pulse.statistics.DesignType;
import vn.pulse.statistics.LonelyPsu;
import vn.pulse.statistics.Sample;
import vn.pulse.statistics.SampleUnit;

/**
 * The respondents of one or two waves placed in the questionnaire's sampling design. Each wave
 * is its own sample: its strata are the plan's strata within that wave, and a respondent of
 * stratum h weighs N_h / n_h with n_h the wave's respondents in h (a simple random sample: N / n).
 * Both waves go into one {@link Sample} with wave-specific strata, so that a wave's estimate is a
 * domain estimate over whole strata and the difference between waves is tested with the design
 * (independent samples: no covariance). Respondents whose stratum the plan does not know cannot
 * be weighted and are left out (and counted).
 */
final class Waves {

    static final int BEFORE = 0;
    static final int AFTER = 1;

    /** The respondents in the sample, as indexes into the data read. */
    final List<Integer> members = new ArrayList<>();
    final int[] wave;
    final Sample sample;
    final boolean probability;
    final int unweighable;
    final long[] counts = new long[2];
    final long[] unreviewed = new long[2];

    Waves(SurveyResponses.Data data, SamplingPlan plan, ReportPeriod period, ReportPeriod baseline) {
        Map<String, Long> strata = new HashMap<>();
        plan.strata().forEach(s -> {
            if (s.population() != null && s.population() > 0) {
                strata.put(s.code(), s.population());
            }
        });
        List<String> keys = new ArrayList<>();
        List<Integer> waves = new ArrayList<>();
        int left = 0;
        for (int i = 0; i < data.respondents().size(); i++) {
            SurveyResponses.Respondent r = data.respondents().get(i);
            int w = contains(period, r) ? AFTER : baseline != null && contains(baseline, r) ? BEFORE : -1;
            if (w < 0) {
                continue;
            }
            String stratum = switch (plan.design()) {
                case STRATIFIED -> strata.containsKey(r.stratum()) ? r.stratum() : null;
                case SIMPLE, NONPROBABILITY -> "";
            };
            if (stratum == null) {
                left++;
                continue;
            }
            members.add(i);
            keys.add(w + "|" + stratum);
            waves.add(w);
            counts[w]++;
            unreviewed[w] += r.status() == vn.pulse.fieldwork.ResponseStatus.SUBMITTED ? 1 : 0;
        }
        this.unweighable = left;
        this.wave = waves.stream().mapToInt(Integer::intValue).toArray();
        Map<String, Long> sampled = new HashMap<>();
        keys.forEach(k -> sampled.merge(k, 1L, Long::sum));
        this.probability = plan.isProbability() && (plan.design() == SamplingPlan.Design.STRATIFIED
                || plan.population() != null);
        Map<String, Double> populations = new LinkedHashMap<>();
        List<SampleUnit> units = new ArrayList<>();
        boolean clustered = probability && plan.clusterBy() != null;
        for (int m = 0; m < members.size(); m++) {
            String key = keys.get(m);
            double population = plan.design() == SamplingPlan.Design.STRATIFIED
                    ? strata.get(key.substring(key.indexOf('|') + 1))
                    : plan.population() == null ? sampled.get(key) : plan.population();
            populations.put(key, population);
            SurveyResponses.Respondent r = data.respondents().get(members.get(m));
            String cluster = clustered ? (r.cluster() != null ? r.cluster() : r.areaCode()) : null;
            units.add(new SampleUnit(key, cluster, probability ? population / sampled.get(key) : 1));
        }
        Design design = !probability ? Design.nonProbability()
                : clustered ? new Design(DesignType.CLUSTER, Map.of(), LonelyPsu.ADJUST)
                : Design.stratified(populations).withLonelyPsu(LonelyPsu.ADJUST);
        this.sample = units.isEmpty() ? null : Sample.of(design, units);
    }

    private static boolean contains(ReportPeriod period, SurveyResponses.Respondent r) {
        return !r.date().isBefore(period.from()) && !r.date().isAfter(period.to());
    }

    int size() {
        return members.size();
    }

    /** Members of a wave. */
    boolean[] of(int w) {
        boolean[] domain = new boolean[wave.length];
        for (int i = 0; i < wave.length; i++) {
            domain[i] = wave[i] == w;
        }
        return domain;
    }
}
