package vn.pulse.analytics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.pulse.base.DomainException;
import vn.pulse.questionnaire.SamplingPlan;
import vn.pulse.statistics.Design;
import vn.pulse.statistics.DesignSummary;
import vn.pulse.statistics.DesignType;
import vn.pulse.statistics.LonelyPsu;
import vn.pulse.statistics.StratumFrame;
import vn.pulse.statistics.WeightingMethod;

/**
 * A questionnaire's sampling plan as the statistics engine sees it, and the realised sample sizes
 * that turn it into weights and variance frames.
 *
 * <ul>
 *   <li>non-probability: weights 1, no margins of error;</li>
 *   <li>simple random (N known or not), stratified (N_h per stratum): element designs, finite
 *       population correction from N_h, design weights N_h/n_h with n_h the counted responses of the
 *       stratum (R: {@code svydesign(ids=~1, strata=~stratum, fpc=~N_h)});</li>
 *   <li>either with a cluster variable: a one-stage cluster design within the strata, weights
 *       N_h/n_h (the plan gives people, not clusters, per stratum, so there is no fpc; R:
 *       {@code svydesign(ids=~cluster, strata=~stratum, weights=~w, nest=TRUE)}).</li>
 * </ul>
 *
 * @param stratified whether respondents' strata matter (else all fall in {@link Design#WHOLE_POPULATION})
 * @param population N_h per stratum (people), empty when unknown
 */
record SurveyDesign(DesignType type, boolean stratified, Map<String, Double> population, LonelyPsu lonelyPsu) {

    static SurveyDesign of(SamplingPlan plan, LonelyPsu lonelyPsu) {
        if (!plan.isProbability()) {
            return new SurveyDesign(DesignType.NON_PROBABILITY, false, Map.of(), lonelyPsu);
        }
        boolean clustered = plan.clusterBy() != null;
        boolean stratified = plan.design() == SamplingPlan.Design.STRATIFIED && plan.isStratified();
        Map<String, Double> population = new LinkedHashMap<>();
        if (stratified) {
            for (SamplingPlan.Stratum s : plan.strata()) {
                if (s.population() != null && s.population() > 0) {
                    population.put(s.code(), s.population().doubleValue());
                }
            }
        } else if (plan.population() != null && plan.population() > 0) {
            population.put(Design.WHOLE_POPULATION, plan.population().doubleValue());
        }
        DesignType type = clustered ? DesignType.CLUSTER
                : stratified ? DesignType.STRATIFIED : DesignType.SIMPLE_RANDOM;
        return new SurveyDesign(type, stratified, Map.copyOf(population), lonelyPsu);
    }

    boolean isProbability() {
        return type.isProbability();
    }

    /** The stratum a stored stratum code falls in under this design. */
    String stratum(String stored) {
        return stratified ? (stored == null ? "" : stored) : Design.WHOLE_POPULATION;
    }

    /** The PSU a stored cluster falls in: null for element designs (a stratum's respondents are summed). */
    String psu(String stored) {
        return type.isClustered() ? (stored == null ? "" : stored) : null;
    }

    /**
     * Per stratum: sampled PSUs (respondents, or clusters) and N_h for the fpc (element designs only).
     *
     * @param counts counted responses per stored stratum and cluster of the whole sample
     */
    Frames frames(Map<String, Map<String, Long>> counts, boolean weighted) {
        Map<String, Long> respondents = new HashMap<>();
        Map<String, Long> clusters = new HashMap<>();
        counts.forEach((storedStratum, byCluster) -> {
            String stratum = stratum(storedStratum);
            byCluster.forEach((cluster, n) -> {
                if (n > 0) {
                    respondents.merge(stratum, n, Long::sum);
                }
            });
        });
        if (type.isClustered()) {
            Map<String, java.util.Set<String>> seen = new HashMap<>();
            counts.forEach((storedStratum, byCluster) -> byCluster.forEach((cluster, n) -> {
                if (n > 0) {
                    seen.computeIfAbsent(stratum(storedStratum), s -> new java.util.HashSet<>()).add(cluster);
                }
            }));
            seen.forEach((s, set) -> clusters.put(s, (long) set.size()));
        }
        Map<String, StratumFrame> frames = new HashMap<>();
        Map<String, Double> weights = new HashMap<>();
        boolean expands = weighted && isProbability() && !population.isEmpty();
        for (var entry : respondents.entrySet()) {
            String stratum = entry.getKey();
            long n = entry.getValue();
            Double size = population.get(stratum);
            if (expands && size == null) {
                throw DomainException.invalid("missing_population_size", "statistics.error.missingPopulationSize",
                        stratum);
            }
            boolean fpc = !type.isClustered() && size != null && isProbability();
            long sampled = type.isClustered() ? clusters.get(stratum) : n;
            frames.put(stratum, new StratumFrame(stratum, sampled, fpc ? size : Double.NaN));
            weights.put(stratum, expands ? size / n : 1.0);
        }
        return new Frames(Map.copyOf(frames), Map.copyOf(weights), summary(expands));
    }

    /** The engine's design for raw rows: population sizes only where the frames use an fpc. */
    Design statisticsDesign(Frames frames) {
        Map<String, Double> sizes = new LinkedHashMap<>();
        frames.strata().forEach((stratum, frame) -> {
            if (!Double.isNaN(frame.populationPsus())) {
                sizes.put(stratum, frame.populationPsus());
            }
        });
        boolean complete = sizes.size() == frames.strata().size();
        return new Design(type, complete ? sizes : Map.of(), lonelyPsu);
    }

    DesignSummary summary(boolean expands) {
        return new DesignSummary(type, java.util.List.of(expands ? WeightingMethod.DESIGN : WeightingMethod.NONE),
                isProbability());
    }

    /**
     * @param strata  the variance frame of every stratum of the whole sample
     * @param weights the design weight of each stratum's respondents (1 when unweighted)
     */
    record Frames(Map<String, StratumFrame> strata, Map<String, Double> weights, DesignSummary summary) {
    }
}
