package vn.pulse.statistics;

import java.util.Collection;
import vn.pulse.base.DomainException;

/**
 * The between-PSU variance of linearised scores, as R's survey package computes it
 * ({@code svyrecvar}, one stage; Lumley 2010 ch. 2; Wolter 2007 ch. 6): with t_hi the total score
 * of PSU i in stratum h and n_h the stratum's sampled PSUs,
 * <pre>  V = Σ_h (1 − n_h/N_h) · n_h/(n_h − 1) · Σ_i (t_hi − t̄_h)(t_hi − t̄_h)'</pre>
 * where the mean t̄_h runs over all n_h PSUs (PSUs without scores count as zeros, which gives
 * domain estimates their correct variance). A stratum drawn completely (1 − n_h/N_h below 1e-7)
 * contributes nothing; strata with one PSU follow {@link LonelyPsu}.
 */
final class TaylorVariance {

    private static final double CENSUS = 1e-7;

    private TaylorVariance() {
    }

    static double variance(Collection<StratumScores> strata, LonelyPsu lonelyPsu) {
        return covariance(strata, lonelyPsu, 1)[0][0];
    }

    static double[][] covariance(Collection<StratumScores> strata, LonelyPsu lonelyPsu, int dimension) {
        double[][] total = new double[dimension][dimension];
        int usable = 0;
        for (StratumScores stratum : strata) {
            long n = stratum.frame.sampledPsus();
            double fpc = stratum.frame.finitePopulationCorrection();
            if (fpc < CENSUS) {
                usable++;
            } else if (n > 1) {
                addCentred(total, stratum, fpc * n / (n - 1.0), n);
                usable++;
            } else {
                switch (lonelyPsu) {
                    case FAIL -> throw DomainException.invalid("lonely_psu", "statistics.error.lonelyPsu",
                            stratum.frame.stratum());
                    case CERTAINTY -> usable++;
                    case ADJUST -> {
                        addScaled(total, stratum.crossProducts, fpc);
                        usable++;
                    }
                    case AVERAGE -> {
                        // left out here and made up for by the scaling below
                    }
                }
            }
        }
        if (usable < strata.size()) {
            double scale = usable == 0 ? Double.NaN : strata.size() / (double) usable;
            for (double[] row : total) {
                for (int k = 0; k < dimension; k++) {
                    row[k] *= scale;
                }
            }
        }
        return total;
    }

    /** Adds scale · (Σtt' − ΣtΣt'/n); a sum of squares never drops below 0 through rounding. */
    private static void addCentred(double[][] total, StratumScores stratum, double scale, long n) {
        for (int j = 0; j < total.length; j++) {
            for (int k = 0; k < total.length; k++) {
                double centred = stratum.crossProducts[j][k] - stratum.sum[j] * stratum.sum[k] / n;
                total[j][k] += scale * (j == k ? Math.max(0, centred) : centred);
            }
        }
    }

    private static void addScaled(double[][] total, double[][] crossProducts, double scale) {
        for (int j = 0; j < total.length; j++) {
            for (int k = 0; k < total.length; k++) {
                total[j][k] += scale * crossProducts[j][k];
            }
        }
    }
}
