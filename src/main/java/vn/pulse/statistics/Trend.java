package vn.pulse.statistics;

import java.util.List;

/**
 * An estimate followed over periods.
 *
 * @param periods one estimate per period that has respondents, in time order
 * @param changes from each period to the next one that has an estimate
 * @param slope   the weighted linear trend over the periods
 */
public record Trend(List<PeriodEstimate> periods, List<PeriodChange> changes, TrendSlope slope) {

    public Trend {
        periods = List.copyOf(periods);
        changes = List.copyOf(changes);
    }

    /**
     * @param period   its label
     * @param time     its position on the time axis (0 for the first period of the order given)
     * @param estimate the estimate among its respondents
     */
    public record PeriodEstimate(String period, double time, Estimate estimate) {
    }

    /** The change from one period to the next, with its test. */
    public record PeriodChange(String from, String to, Difference change) {
    }

    /**
     * A linear trend of the period estimates on time.
     *
     * @param slope   change per period
     * @param se      its standard error
     * @param pValue  two-sided p of no trend
     * @param periods periods used
     */
    public record TrendSlope(double slope, double se, double pValue, int periods) {
    }
}
