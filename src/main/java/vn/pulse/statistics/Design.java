package vn.pulse.statistics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.pulse.base.DomainException;

/**
 * A sampling design: its type, the population sizes of its strata for the finite population
 * correction, and the rule for strata with a single PSU. The respondents' strata, clusters and
 * weights come with the {@link Sample}.
 *
 * @param type            how the sample was drawn
 * @param populationSizes per stratum, N_h: respondents in the population for simple random and
 *                        stratified designs, clusters (PSUs) for cluster designs; empty for no
 *                        finite population correction. Unstratified designs use the key
 *                        {@link #WHOLE_POPULATION}.
 * @param lonelyPsu       what a stratum with a single PSU contributes to a variance
 */
public record Design(DesignType type, Map<String, Double> populationSizes, LonelyPsu lonelyPsu) {

    /** The stratum name of unstratified designs. */
    public static final String WHOLE_POPULATION = "";

    public Design {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(lonelyPsu, "lonelyPsu");
        populationSizes = Map.copyOf(new LinkedHashMap<>(Objects.requireNonNull(populationSizes, "populationSizes")));
        populationSizes.forEach((stratum, size) -> {
            if (size == null || !(size > 0) || size.isInfinite()) {
                throw DomainException.invalid("invalid_population_size", "statistics.error.invalidPopulationSize",
                        stratum, size);
            }
        });
    }

    /** Simple random sample without finite population correction (sampling with replacement). */
    public static Design simpleRandom() {
        return new Design(DesignType.SIMPLE_RANDOM, Map.of(), LonelyPsu.FAIL);
    }

    /** Simple random sample of {@code populationSize} people, without replacement. */
    public static Design simpleRandom(double populationSize) {
        return new Design(DesignType.SIMPLE_RANDOM, Map.of(WHOLE_POPULATION, populationSize), LonelyPsu.FAIL);
    }

    /** Stratified simple random sample without finite population correction. */
    public static Design stratified() {
        return new Design(DesignType.STRATIFIED, Map.of(), LonelyPsu.FAIL);
    }

    /** Stratified simple random sample; {@code populationSizes} are people per stratum. */
    public static Design stratified(Map<String, Double> populationSizes) {
        return new Design(DesignType.STRATIFIED, populationSizes, LonelyPsu.FAIL);
    }

    /** One-stage cluster sample (within strata when units name one), without fpc. */
    public static Design cluster() {
        return new Design(DesignType.CLUSTER, Map.of(), LonelyPsu.FAIL);
    }

    /** One-stage cluster sample; {@code clustersInPopulation} are PSUs per stratum. */
    public static Design cluster(Map<String, Double> clustersInPopulation) {
        return new Design(DesignType.CLUSTER, clustersInPopulation, LonelyPsu.FAIL);
    }

    /** A quota, convenience or purposive sample: shares and counts without margins of error. */
    public static Design nonProbability() {
        return new Design(DesignType.NON_PROBABILITY, Map.of(), LonelyPsu.FAIL);
    }

    public Design withLonelyPsu(LonelyPsu rule) {
        return new Design(type, populationSizes, rule);
    }

    public boolean isProbability() {
        return type.isProbability();
    }

    /** Whether the design divides the population into strata named by the respondents. */
    public boolean usesStrata() {
        return type == DesignType.STRATIFIED || type == DesignType.CLUSTER;
    }

    /** N_h of a stratum, NaN without finite population correction. */
    double populationSize(String stratum) {
        if (populationSizes.isEmpty()) {
            return Double.NaN;
        }
        Double size = populationSizes.get(stratum);
        if (size == null) {
            throw DomainException.invalid("missing_population_size", "statistics.error.missingPopulationSize", stratum);
        }
        return size;
    }
}
