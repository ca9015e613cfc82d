package vn.pulse.statistics;

import vn.pulse.base.DomainException;

/**
 * What the variance needs to know about a stratum beyond its sampled data.
 *
 * @param stratum        the stratum's name ({@link Design#WHOLE_POPULATION} when unstratified)
 * @param sampledPsus    n_h, the number of primary sampling units drawn in the stratum in the
 *                       whole sample (respondents, for element designs). Domain estimates keep the
 *                       full count: PSUs without domain members contribute zero scores.
 * @param populationPsus N_h, the number of PSUs in the stratum's population for the finite
 *                       population correction (1 − n_h/N_h); NaN when there is none
 */
public record StratumFrame(String stratum, long sampledPsus, double populationPsus) {

    public StratumFrame {
        if (sampledPsus < 1) {
            throw new IllegalArgumentException("A stratum frame needs at least one sampled PSU: " + stratum);
        }
        if (!Double.isNaN(populationPsus) && !(populationPsus >= sampledPsus)) {
            throw DomainException.invalid("population_below_sample", "statistics.error.populationBelowSample",
                    stratum, populationPsus, sampledPsus);
        }
    }

    /** The finite population correction 1 − n_h/N_h; 1 without a population size. */
    public double finitePopulationCorrection() {
        return Double.isNaN(populationPsus) || Double.isInfinite(populationPsus)
                ? 1 : (populationPsus - sampledPsus) / populationPsus;
    }
}
