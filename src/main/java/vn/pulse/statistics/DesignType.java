package vn.pulse.statistics;

/** How a sample was drawn; it decides whether margins of error exist and how they are computed. */
public enum DesignType {

    /** Simple random sample of respondents: one stratum, each respondent its own sampling unit. */
    SIMPLE_RANDOM,

    /** Independent simple random samples of respondents in each stratum (e.g. province). */
    STRATIFIED,

    /**
     * One-stage cluster sample within optional strata: clusters (primary sampling units, e.g.
     * communes) are drawn in each stratum and respondents are interviewed in the drawn clusters;
     * the variance is computed between clusters (ultimate-cluster approximation, as R's survey).
     */
    CLUSTER,

    /**
     * Quota, convenience or purposive sample. Weighted counts and shares only: estimates carry
     * {@code probabilitySample=false} and no standard error, interval or design effect.
     */
    NON_PROBABILITY;

    /** Whether sampling theory gives this design margins of error. */
    public boolean isProbability() {
        return this != NON_PROBABILITY;
    }

    /** Whether respondents are grouped into clusters that are the sampling units. */
    public boolean isClustered() {
        return this == CLUSTER;
    }
}
