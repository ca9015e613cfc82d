package vn.pulse.reporting.opinion;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import vn.pulse.reporting.document.Chart;
import vn.pulse.reporting.document.TrendChartPainter;
import vn.pulse.reporting.document.TrendChartPainter.Point;
import vn.pulse.statistics.CountInterval;
import vn.pulse.statistics.Estimate;
import vn.pulse.statistics.Trend;
import vn.pulse.statistics.TrendAnalysis;

/**
 * One topic's weekly course: streams per week with an exact Poisson band and the negative share
 * with a Wilson band (both 95%), and its direction of travel. Weeks resting on fewer than k
 * reports are left out of both, never drawn.
 */
final class TopicTrend {

    static final double LEVEL = 0.95;
    /** Fewer weeks than this tell no direction of travel. */
    static final int MIN_WEEKS = 4;
    static final double SIGNIFICANCE = 0.05;
    private static final Color COUNT_COLOUR = new Color(0x1565C0);
    private static final Color SHARE_COLOUR = new Color(0xB71C1C);

    final List<Point> counts = new ArrayList<>();
    final List<Point> shares = new ArrayList<>();
    private final List<Observation> countObservations = new ArrayList<>();
    private final List<Observation> shareObservations = new ArrayList<>();

    TopicTrend(List<WeeklyFigures.Week> weeks, Disclosure disclosure) {
        for (int t = 0; t < weeks.size(); t++) {
            WeeklyFigures.Week week = weeks.get(t);
            boolean shown = disclosure.shows(week.reports());
            CountInterval count = CountInterval.poisson(week.streams(), LEVEL);
            counts.add(shown ? new Point(week.monday(), week.streams(), count.low(), count.high()) : gap(week));
            if (shown) {
                countObservations.add(new Observation(t, week.streams(), Math.max(week.streams(), 1)));
            }
            if (shown && week.streams() > 0) {
                CountInterval wilson = CountInterval.wilson(week.negative(), week.streams(), LEVEL);
                shares.add(new Point(week.monday(), week.negativeShare(), wilson.low(), wilson.high()));
                double adjusted = (week.negative() + 2.0) / (week.streams() + 4.0);
                shareObservations.add(new Observation(t, week.negativeShare(),
                        adjusted * (1 - adjusted) / (week.streams() + 4.0)));
            } else {
                shares.add(gap(week));
            }
        }
    }

    Chart chart(TrendChartPainter painter, String title, java.time.LocalDate periodStart, int minReports) {
        byte[] png = painter.paint(List.of(
                new TrendChartPainter.Panel(Words.text("reporting.doc.chart.streams"), false, counts, COUNT_COLOUR),
                new TrendChartPainter.Panel(Words.text("reporting.doc.chart.negative"), true, shares, SHARE_COLOUR)),
                periodStart);
        return new Chart(title, png, 16, Words.text("reporting.doc.chart.caption", minReports));
    }

    /** Change of the weekly stream count per week; a week's variance is its count (Poisson), at least 1. */
    Slope countSlope() {
        return slope(countObservations);
    }

    /**
     * Change of the negative share per week. A week's variance is that of the Agresti–Coull
     * share p̃ = (x + 2)/(n + 4), p̃(1 − p̃)/(n + 4), which stays positive at 0% and 100%.
     */
    Slope shareSlope() {
        return slope(shareObservations);
    }

    /**
     * A linear trend over the weeks shown: weighted least squares with weights 1/variance
     * (TrendAnalysis.slope), its standard error inflated by the Pearson dispersion χ²/(k − 2) when
     * the weeks scatter more than the variances allow (quasi-likelihood, as weekly counts of
     * opinions are overdispersed), tested with t on k − 2 degrees of freedom.
     *
     * @param perWeek the slope (streams per week, or share per week)
     * @param p       two-sided p of no trend; NaN with fewer than {@link #MIN_WEEKS} weeks
     */
    record Slope(double perWeek, double se, double p, int weeks) {
        boolean known() {
            return !Double.isNaN(p);
        }

        boolean significant() {
            return known() && p < SIGNIFICANCE;
        }
    }

    private static Slope slope(List<Observation> usable) {
        if (usable.size() < MIN_WEEKS) {
            return new Slope(Double.NaN, Double.NaN, Double.NaN, usable.size());
        }
        List<Trend.PeriodEstimate> estimates = usable.stream().map(o -> new Trend.PeriodEstimate(
                String.valueOf(o.time()), o.time(), new Estimate(1, o.value(), Math.sqrt(o.variance()),
                        Double.NaN, Double.NaN, Double.NaN, Double.NaN, true, false))).toList();
        Trend.TrendSlope fit = TrendAnalysis.slope(estimates);
        double dispersion = dispersion(estimates, fit.slope());
        double se = fit.se() * Math.sqrt(Math.max(1, dispersion));
        double df = usable.size() - 2.0;
        double p = 2 * (1 - new TDistribution(df).cumulativeProbability(Math.abs(fit.slope() / se)));
        return new Slope(fit.slope(), se, p, usable.size());
    }

    /** Pearson χ² of the weighted fit over its degrees of freedom. */
    private static double dispersion(List<Trend.PeriodEstimate> estimates, double slope) {
        double sumW = 0;
        double sumWT = 0;
        double sumWE = 0;
        for (Trend.PeriodEstimate e : estimates) {
            double w = 1 / (e.estimate().se() * e.estimate().se());
            sumW += w;
            sumWT += w * e.time();
            sumWE += w * e.estimate().estimate();
        }
        double intercept = sumWE / sumW - slope * sumWT / sumW;
        double chiSquare = 0;
        for (Trend.PeriodEstimate e : estimates) {
            double residual = e.estimate().estimate() - intercept - slope * e.time();
            chiSquare += residual * residual / (e.estimate().se() * e.estimate().se());
        }
        return chiSquare / (estimates.size() - 2);
    }

    /** A week shown, at its place on the time axis (weeks from the window's start). */
    private record Observation(int time, double value, double variance) {
    }

    private static Point gap(WeeklyFigures.Week week) {
        return new Point(week.monday(), Double.NaN, Double.NaN, Double.NaN);
    }
}
