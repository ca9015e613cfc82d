package vn.pulse.statistics;

/** The confidence interval used for proportions (R: {@code svyciprop(method=...)}). */
public enum ProportionInterval {
    /**
     * Symmetric on the logit scale: logit(p) ± t_{df} · se/(p(1−p)), back-transformed
     * (svyciprop method "logit", its default). Stays inside (0, 1).
     */
    LOGIT,
    /**
     * Korn and Graubard (1998): a Clopper–Pearson interval on the effective sample size
     * p(1−p)/var, adjusted by (t_{n−1}/t_{df})² (svyciprop method "beta"). Conservative, good
     * for shares near 0 or 1.
     */
    KORN_GRAUBARD
}
