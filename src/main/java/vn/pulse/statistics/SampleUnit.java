package vn.pulse.statistics;

/**
 * One respondent's place in the sampling design.
 *
 * @param stratum the stratum (e.g. province); ignored by unstratified designs, may be null there
 * @param cluster the primary sampling unit within its stratum (e.g. commune); required by
 *                cluster designs, ignored by the others. Clusters are identified within their
 *                stratum: the same code in two strata names two clusters (R: {@code nest=TRUE}).
 * @param weight  the respondent's sampling weight, positive and finite (1 when unweighted)
 */
public record SampleUnit(String stratum, String cluster, double weight) {

    /** An unweighted respondent with no stratum or cluster (simple random or non-probability). */
    public static SampleUnit unweighted() {
        return new SampleUnit(null, null, 1);
    }
}
