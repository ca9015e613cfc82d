package vn.pulse.analytics;

import java.util.List;
import vn.pulse.statistics.DesignSummary;
import vn.pulse.statistics.Trend;

/**
 * A question followed over periods: per option (one with a null option for a numeric question's
 * mean), the estimate of every period with respondents, with its 95% band, and the linear trend.
 *
 * @param periods every period label of the range, gaps included, in time order (the chart's axis)
 */
public record QuestionTrend(String question, DesignSummary design, List<String> periods, List<OptionTrend> options) {

    public QuestionTrend {
        periods = List.copyOf(periods);
        options = List.copyOf(options);
    }

    /**
     * @param points  per period with respondents (suppressed ones included, as such)
     * @param changes from each period to the next one with an estimate, with its design-based test
     * @param slope   weighted linear trend over the unsuppressed periods
     */
    public record OptionTrend(String option, List<Trend.PeriodEstimate> points, List<Trend.PeriodChange> changes,
                              Trend.TrendSlope slope) {
        public OptionTrend {
            points = List.copyOf(points);
            changes = List.copyOf(changes);
        }
    }
}
