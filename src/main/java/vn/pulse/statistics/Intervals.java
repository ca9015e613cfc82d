package vn.pulse.statistics;

/** Confidence intervals for design-based estimates. */
final class Intervals {

    private Intervals() {
    }

    /**
     * estimate ± t_{df, 1−α/2} · se: the interval of means, totals and ratios with the design's
     * degrees of freedom (R: {@code confint(svymean(...), df = degf(design))}). NaN without df.
     */
    static double[] t(double estimate, double se, double df, double level) {
        if (!(df > 0) || Double.isNaN(se)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double half = Distributions.tQuantile(1 - (1 - level) / 2, df) * se;
        return new double[] {estimate - half, estimate + half};
    }

    /**
     * For a proportion p with standard error se (R: {@code svyciprop}, Lumley 2010 §2.3.1):
     * logit: expit(logit(p) ± t_{df} · se / (p(1 − p)));
     * Korn–Graubard: Clopper–Pearson limits at the effective size n* = p(1−p)/se² ·
     * (t_{n−1}/t_{df})². When p is 0 or 1 (no variance to speak of) both use Korn–Graubard with
     * n* = n, i.e. the exact binomial interval of n respondents.
     */
    static double[] proportion(ProportionInterval method, double p, double se, double df, long n, double level) {
        if (!(df > 0) || Double.isNaN(se) || n < 1) {
            return new double[] {Double.NaN, Double.NaN};
        }
        boolean degenerate = p <= 0 || p >= 1 || se <= 0;
        if (method == ProportionInterval.LOGIT && !degenerate) {
            double half = Distributions.tQuantile(1 - (1 - level) / 2, df) * se / (p * (1 - p));
            double logit = Math.log(p / (1 - p));
            return new double[] {expit(logit - half), expit(logit + half)};
        }
        double alpha = 1 - level;
        double effective = degenerate ? n : p * (1 - p) / (se * se);
        if (!degenerate && n > 1) {
            double ratio = Distributions.tQuantile(alpha / 2, n - 1.0) / Distributions.tQuantile(alpha / 2, df);
            effective *= ratio * ratio;
        }
        double low = p <= 0 ? 0 : Distributions.betaQuantile(alpha / 2, effective * p, effective * (1 - p) + 1);
        double high = p >= 1 ? 1 : Distributions.betaQuantile(1 - alpha / 2, effective * p + 1, effective * (1 - p));
        return new double[] {low, high};
    }

    private static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
