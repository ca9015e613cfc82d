package vn.pulse.statistics;

/**
 * The difference between an estimate in a comparison group (or period) and in a reference one,
 * with a design-based test of no difference.
 *
 * @param reference  the estimate in the reference group
 * @param comparison the estimate in the comparison group
 * @param difference comparison − reference
 * @param se         its linearised standard error, covariance of the two groups included
 * @param df         degrees of freedom of the test: PSUs − strata among both groups, minus 1
 *                   (R: {@code svyttest})
 * @param t          difference / se
 * @param pValue     two-sided, from Student's t with df
 * @param ciLow      lower end of the confidence interval of the difference
 * @param ciHigh     upper end
 * @param suppressed withheld because either group is: never shown as a number
 */
public record Difference(Estimate reference, Estimate comparison, double difference, double se, double df, double t,
                         double pValue, double ciLow, double ciHigh, boolean suppressed) {
}
