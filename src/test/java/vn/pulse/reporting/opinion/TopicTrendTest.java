package vn.pulse.reporting.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The direction of travel and the small-cell rule on weekly series. */
class TopicTrendTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 8, 4);

    @Test
    void a_steadily_rising_negative_share_is_a_clear_rise_and_a_flat_count_is_no_trend() {
        TopicTrend trend = new TopicTrend(weeks(new long[] {6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6},
                new long[] {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5}), new Disclosure(5));
        TopicTrend.Slope share = trend.shareSlope();
        assertThat(share.significant()).isTrue();
        assertThat(share.perWeek()).isPositive();
        assertThat(share.weeks()).isEqualTo(12);
        TopicTrend.Slope count = trend.countSlope();
        assertThat(count.perWeek()).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(count.significant()).isFalse();
    }

    @Test
    void bursty_counts_are_not_called_a_trend_on_poisson_variance_alone() {
        // Counts scattered far more than a Poisson law allows, with a weak upward drift.
        TopicTrend trend = new TopicTrend(weeks(new long[] {5, 30, 6, 28, 7, 31, 8, 27, 9, 33, 10, 30},
                new long[] {1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3}), new Disclosure(1));
        assertThat(trend.countSlope().perWeek()).isPositive();
        assertThat(trend.countSlope().significant()).isFalse();
    }

    @Test
    void weeks_on_fewer_than_k_reports_are_gaps_and_too_few_weeks_tell_no_direction() {
        TopicTrend trend = new TopicTrend(weeks(new long[] {2, 6, 6, 3}, new long[] {1, 3, 3, 1}), new Disclosure(5));
        assertThat(trend.counts).extracting(p -> Double.isNaN(p.value())).containsExactly(true, false, false, true);
        assertThat(trend.shares.get(1).value()).isEqualTo(0.5);
        assertThat(trend.shareSlope().known()).isFalse();
        assertThat(trend.countSlope().weeks()).isEqualTo(2);
    }

    /** Weeks with these stream counts, each stream its own report. */
    private static List<WeeklyFigures.Week> weeks(long[] streams, long[] negative) {
        List<WeeklyFigures.Week> weeks = new ArrayList<>();
        for (int i = 0; i < streams.length; i++) {
            weeks.add(new WeeklyFigures.Week(MONDAY.plusWeeks(i), streams[i], negative[i], streams[i]));
        }
        return weeks;
    }
}
