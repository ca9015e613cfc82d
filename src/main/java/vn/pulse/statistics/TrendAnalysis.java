package vn.pulse.statistics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.pulse.base.DomainException;

/** Estimates per period (month, quarter, survey wave), their changes and their linear trend. */
public final class TrendAnalysis {

    private final Estimator estimator;
    private final GroupComparison comparison;

    public TrendAnalysis() {
        this(EstimationOptions.DEFAULT);
    }

    public TrendAnalysis(EstimationOptions options) {
        this.estimator = new Estimator(options);
        this.comparison = new GroupComparison(options);
    }

    /**
     * The mean in every period of {@code order} that has respondents (R: {@code svyby(~y,
     * ~period, svymean)}), each change from one period to the next with its design-based test
     * ({@link GroupComparison#means}), and the weighted trend ({@link #slope}).
     *
     * @param periodOf each respondent's period label (null: none)
     * @param order    the periods in time order; their positions are the time axis, so a gap
     *                 (a period without respondents) keeps its place
     * @param domain   the subgroup followed (null: everyone)
     */
    public Trend means(Sample sample, double[] values, String[] periodOf, List<String> order, boolean[] domain) {
        return trend(sample, periodOf, order, domain,
                d -> estimator.mean(sample, values, d), (r, c) -> comparison.means(sample, values, r, c));
    }

    /** As {@link #means}, for the share of a 0/1 indicator. */
    public Trend proportions(Sample sample, double[] indicator, String[] periodOf, List<String> order,
                             boolean[] domain) {
        return trend(sample, periodOf, order, domain, d -> estimator.proportion(sample, indicator, d),
                (r, c) -> comparison.proportions(sample, indicator, r, c));
    }

    private Trend trend(Sample sample, String[] periodOf, List<String> order, boolean[] domain,
                        Function<boolean[], Estimate> estimate,
                        BiFunction<boolean[], boolean[], Difference> compare) {
        sample.checkAligned(periodOf.length);
        for (String period : new HashSet<>(java.util.Arrays.asList(periodOf))) {
            if (period != null && !order.contains(period)) {
                throw DomainException.invalid("unknown_period", "statistics.error.unknownPeriod", period);
            }
        }
        List<Trend.PeriodEstimate> estimates = new ArrayList<>();
        List<Trend.PeriodChange> changes = new ArrayList<>();
        boolean[] previous = null;
        String previousLabel = null;
        for (int position = 0; position < order.size(); position++) {
            String period = order.get(position);
            boolean[] members = Domains.both(Domains.of(periodOf, period), domain);
            if (!any(members)) {
                continue;
            }
            estimates.add(new Trend.PeriodEstimate(period, position, estimate.apply(members)));
            if (previous != null) {
                changes.add(new Trend.PeriodChange(previousLabel, period, compare.apply(previous, members)));
            }
            previous = members;
            previousLabel = period;
        }
        return new Trend(estimates, changes, slope(estimates));
    }

    /**
     * Weighted least squares of the period estimates on time with weights 1/se² (the estimates'
     * variances taken as known, as in a fixed-effect meta-regression): slope
     * b = Σv(t − t̄)(e − ē)/Σv(t − t̄)², se(b) = 1/√Σv(t − t̄)², two-sided normal p. R:
     * {@code summary(glm(est ~ time, weights = 1/se^2), dispersion = 1)}. Suppressed periods
     * are left out. When a period has no positive standard error (a non-probability sample, a
     * share of exactly 0 or 1) the ordinary least-squares slope is given without se or p.
     * Covariances between periods are ignored, which is exact for independent waves.
     */
    public static Trend.TrendSlope slope(List<Trend.PeriodEstimate> periods) {
        List<Trend.PeriodEstimate> usable = periods.stream().filter(p -> !p.estimate().suppressed()).toList();
        boolean weighted = usable.stream().allMatch(p -> p.estimate().se() > 0);
        double sumV = 0;
        double sumVT = 0;
        double sumVE = 0;
        for (Trend.PeriodEstimate p : usable) {
            double v = weighted ? 1 / (p.estimate().se() * p.estimate().se()) : 1;
            sumV += v;
            sumVT += v * p.time();
            sumVE += v * p.estimate().estimate();
        }
        double meanT = sumVT / sumV;
        double meanE = sumVE / sumV;
        double sxx = 0;
        double sxy = 0;
        for (Trend.PeriodEstimate p : usable) {
            double v = weighted ? 1 / (p.estimate().se() * p.estimate().se()) : 1;
            sxx += v * (p.time() - meanT) * (p.time() - meanT);
            sxy += v * (p.time() - meanT) * (p.estimate().estimate() - meanE);
        }
        if (usable.size() < 2 || !(sxx > 0)) {
            return new Trend.TrendSlope(Double.NaN, Double.NaN, Double.NaN, usable.size());
        }
        double slope = sxy / sxx;
        if (!weighted) {
            return new Trend.TrendSlope(slope, Double.NaN, Double.NaN, usable.size());
        }
        double se = 1 / Math.sqrt(sxx);
        return new Trend.TrendSlope(slope, se, Distributions.normalTwoSided(slope / se), usable.size());
    }

    private static boolean any(boolean[] mask) {
        for (boolean b : mask) {
            if (b) {
                return true;
            }
        }
        return false;
    }
}
