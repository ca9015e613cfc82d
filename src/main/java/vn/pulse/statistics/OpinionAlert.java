package vn.pulse.statistics;

import java.time.LocalDate;

/**
 * A topic and direction whose latest weekly count is significantly above its recent baseline.
 *
 * @param topic            the topic's code
 * @param direction        the direction's code
 * @param negative         whether the direction is negative
 * @param week             Monday of the latest week
 * @param count            opinions in that week
 * @param baselineMean     mean weekly count over the baseline weeks
 * @param baselineVariance sample variance of the baseline counts
 * @param pValue           P(X ≥ count) under the baseline's Poisson or negative binomial law
 * @param reason           the plain-language reason
 */
public record OpinionAlert(String topic, String direction, boolean negative, LocalDate week, long count,
                           double baselineMean, double baselineVariance, double pValue, WarningReason reason) {
}
