package vn.pulse.statistics;

import vn.pulse.base.DomainException;

/** Design weights from the sampling plan. */
public final class DesignWeights {

    private DesignWeights() {
    }

    /**
     * Gives every respondent the inverse of their inclusion probability, N_h/n_h: population over
     * sampled size of their stratum, in respondents for simple random and stratified designs and
     * in clusters for cluster designs (every respondent of a drawn cluster is in the sample).
     * R: {@code svydesign(..., fpc = ~N_h)} without weights. The design must give population sizes.
     */
    public static Sample fromPopulation(Sample sample) {
        if (sample.design().populationSizes().isEmpty()) {
            throw DomainException.invalid("missing_population_size", "statistics.error.noPopulationSizes");
        }
        double[] weights = new double[sample.size()];
        for (int i = 0; i < weights.length; i++) {
            StratumFrame frame = sample.frames().get(sample.strata().get(sample.stratumOf(i)));
            weights[i] = frame.populationPsus() / frame.sampledPsus();
        }
        return sample.reweighted(weights, null, WeightingMethod.DESIGN);
    }
}
