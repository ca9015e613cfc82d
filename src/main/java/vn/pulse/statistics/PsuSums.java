package vn.pulse.statistics;

import java.util.Objects;

/**
 * Sufficient statistics of one variable y over the respondents of one primary sampling unit, or
 * over all respondents of a stratum whose respondents are themselves the sampling units. Means,
 * proportions and totals with their linearised standard errors follow from these sums alone
 * ({@link SufficientStatistics}), so dashboards may keep them as incrementally maintained rollups
 * and get exactly what the engine computes from raw rows. For a proportion, y is the 0/1
 * indicator of the option; for a domain, the sums run over the domain's respondents only.
 *
 * @param stratum the stratum ({@link Design#WHOLE_POPULATION} when unstratified)
 * @param psu     the cluster, or null when these are the sums over a stratum's respondents that
 *                are each their own sampling unit (simple random and stratified designs)
 * @param n       respondents summed
 * @param sumY    Σy, unweighted (for a 0/1 indicator: respondents with the option)
 * @param sumW    Σw
 * @param sumWY   Σwy
 * @param sumWY2  Σwy²
 * @param sumW2   Σw²
 * @param sumW2Y  Σw²y
 * @param sumW2Y2 Σw²y²
 */
public record PsuSums(String stratum, String psu, long n, double sumY, double sumW, double sumWY,
                      double sumWY2, double sumW2, double sumW2Y, double sumW2Y2) {

    public PsuSums {
        Objects.requireNonNull(stratum, "stratum");
        if (n < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** The sums of one respondent with value {@code y} and weight {@code w}. */
    public static PsuSums of(String stratum, String psu, double y, double w) {
        return new PsuSums(stratum, psu, 1, y, w, w * y, w * y * y, w * w, w * w * y, w * w * y * y);
    }

    /** These sums and {@code other}'s, for the same stratum and PSU (e.g. two periods merged). */
    public PsuSums plus(PsuSums other) {
        if (!stratum.equals(other.stratum) || !Objects.equals(psu, other.psu)) {
            throw new IllegalArgumentException("Sums of different sampling units: " + this + " + " + other);
        }
        return new PsuSums(stratum, psu, n + other.n, sumY + other.sumY, sumW + other.sumW, sumWY + other.sumWY,
                sumWY2 + other.sumWY2, sumW2 + other.sumW2, sumW2Y + other.sumW2Y, sumW2Y2 + other.sumW2Y2);
    }

    /** Whether these are the sums over element sampling units rather than over one cluster. */
    public boolean isElementAggregate() {
        return psu == null;
    }
}
