package vn.pulse.reporting.opinion;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.pulse.analytics.Overview;
import vn.pulse.analytics.OverviewService;
import vn.pulse.analytics.SurveyAnalytics;
import vn.pulse.reporting.PeriodType;
import vn.pulse.reporting.ReportPeriod;
import vn.pulse.statistics.PeriodKind;

/**
 * What periodic reports read from analytics, through its public services only: the headline
 * indicator of each survey with counted responses in the report's area during its period, with
 * the periods before it for the trend, as the dashboards compute it from the rollups. It runs as
 * whoever asked for the report (the system for scheduled ones), and analytics checks the area
 * against their scope again.
 */
@Component
class SurveyHeadlines {

    /** Months a monthly report follows: its own and the eleven before, as the dashboard's sparkline. */
    static final int MONTHS = 12;
    /** Quarters a quarterly or yearly report follows: its own and those before, two years in all. */
    static final int QUARTERS = 8;

    private final OverviewService overview;
    private final SurveyAnalytics analytics;

    SurveyHeadlines(OverviewService overview, SurveyAnalytics analytics) {
        this.overview = overview;
        this.analytics = analytics;
    }

    /**
     * The periods a report follows: months for a monthly report, quarters for a quarterly or a
     * yearly one (a year is its four quarters after the four of the year before).
     *
     * @param reported the labels of the periods inside the report's own ("2025-10", or a year's quarters)
     */
    record Window(PeriodKind kind, YearMonth from, YearMonth to, List<String> reported) {

        static Window of(ReportPeriod period) {
            YearMonth first = YearMonth.from(period.from());
            YearMonth last = YearMonth.from(period.to());
            PeriodKind kind = period.type() == PeriodType.MONTH ? PeriodKind.MONTH : PeriodKind.QUARTER;
            YearMonth from = switch (period.type()) {
                case MONTH -> last.minusMonths(MONTHS - 1);
                case QUARTER -> first.minusMonths(3L * (QUARTERS - 1));
                case YEAR -> first.minusMonths(3L * QUARTERS - 12);
                case DAYS -> throw new IllegalArgumentException("a periodic report covers a month, quarter or year");
            };
            return new Window(kind, from, last, kind.between(label(kind, first), label(kind, last)));
        }

        /** Every period followed, oldest first. */
        List<String> labels() {
            return kind.between(label(kind, from), label(kind, to));
        }

        private static String label(PeriodKind kind, YearMonth month) {
            return kind.label(month.atDay(1));
        }
    }

    /**
     * @param surveys     the surveys with a figure (perhaps withheld) in the report's period
     * @param minCellSize k of the dashboards' small-cell rule, which withheld the figures resting on fewer respondents
     */
    record Headlines(Window window, List<Overview.Headline> surveys, int minCellSize) {
        Headlines {
            surveys = List.copyOf(surveys);
        }
    }

    Headlines read(String areaCode, ReportPeriod period) {
        Window window = Window.of(period);
        List<Overview.Headline> active = overview.headlines(areaCode, window.from(), window.to(), window.kind())
                .stream().filter(h -> h.points().stream().anyMatch(p -> window.reported().contains(p.period())))
                .toList();
        return new Headlines(window, active, analytics.options().minCellSize());
    }
}
