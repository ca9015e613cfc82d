package vn.pulse.statistics;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * Quantiles and tail probabilities, accurate in the far tails: upper tails are computed from
 * the regularised incomplete beta and gamma functions directly rather than as 1 − cdf.
 */
final class Distributions {

    private static final double ACCURACY = 1e-14;
    private static final double NORMAL_DF = 1e7;

    private Distributions() {
    }

    /** The p-quantile of Student's t with {@code df} degrees of freedom (normal for huge df). */
    static double tQuantile(double p, double df) {
        if (df >= NORMAL_DF) {
            return new NormalDistribution(null, 0, 1, ACCURACY).inverseCumulativeProbability(p);
        }
        return new TDistribution(null, df, ACCURACY).inverseCumulativeProbability(p);
    }

    /** P(|T| ≥ |t|) for Student's t: I_{df/(df+t²)}(df/2, 1/2). */
    static double tTwoSided(double t, double df) {
        if (Double.isNaN(t) || !(df > 0)) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            return 0;
        }
        return Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5, ACCURACY);
    }

    /** P(|Z| ≥ |z|) for a standard normal Z. */
    static double normalTwoSided(double z) {
        return Double.isNaN(z) ? Double.NaN : Erf.erfc(Math.abs(z) / Math.sqrt(2));
    }

    /** P(F ≥ f) for Fisher's F(d1, d2): I_{d2/(d2 + d1 f)}(d2/2, d1/2). */
    static double fUpper(double f, double d1, double d2) {
        if (Double.isNaN(f) || !(d1 > 0) || !(d2 > 0)) {
            return Double.NaN;
        }
        if (f <= 0) {
            return 1;
        }
        return Beta.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2, ACCURACY);
    }

    /** P(X² ≥ x) for chi-square with {@code df} degrees of freedom. */
    static double chiSquareUpper(double x, double df) {
        return x <= 0 ? 1 : Gamma.regularizedGammaQ(df / 2, x / 2, ACCURACY, Integer.MAX_VALUE);
    }

    /** P(X ≥ x) for X ~ Poisson(mean): the lower regularised gamma P(x, mean). */
    static double poissonUpper(long x, double mean) {
        if (x <= 0) {
            return 1;
        }
        return mean <= 0 ? 0 : Gamma.regularizedGammaP(x, mean, ACCURACY, Integer.MAX_VALUE);
    }

    /**
     * P(X ≥ x) for a negative binomial with mean μ and size r (variance μ + μ²/r):
     * I_{μ/(r+μ)}(x, r).
     */
    static double negativeBinomialUpper(long x, double size, double mean) {
        if (x <= 0) {
            return 1;
        }
        return mean <= 0 ? 0 : Beta.regularizedBeta(mean / (size + mean), x, size, ACCURACY);
    }

    /** The p-quantile of Beta(a, b). */
    static double betaQuantile(double p, double a, double b) {
        return new BetaDistribution(null, a, b, ACCURACY).inverseCumulativeProbability(p);
    }
}
