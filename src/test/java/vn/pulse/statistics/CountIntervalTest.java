package vn.pulse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import vn.pulse.base.DomainException;

/** Reference values from R 4.x: poisson.test(x)$conf.int and prop.test(x, n, correct = FALSE)$conf.int. */
class CountIntervalTest {

    private static final double TOLERANCE = 1e-6;

    @Test
    void poisson_interval_matches_poisson_test_in_r() {
        assertInterval(CountInterval.poisson(10, 0.95), 4.795389, 18.390356);
        assertInterval(CountInterval.poisson(1, 0.95), 0.025318, 5.571643);
        assertInterval(CountInterval.poisson(0, 0.95), 0, 3.688879);
    }

    @Test
    void wilson_interval_matches_prop_test_without_continuity_correction() {
        assertInterval(CountInterval.wilson(3, 10, 0.95), 0.107791, 0.603222);
        assertInterval(CountInterval.wilson(0, 10, 0.95), 0, 0.277533);
        assertInterval(CountInterval.wilson(10, 10, 0.95), 0.722467, 1);
    }

    @Test
    void a_share_of_nobody_has_no_interval() {
        CountInterval none = CountInterval.wilson(0, 0, 0.95);
        assertThat(none.low()).isNaN();
        assertThat(none.high()).isNaN();
    }

    @Test
    void rejects_impossible_counts_and_levels() {
        assertThatThrownBy(() -> CountInterval.wilson(11, 10, 0.95)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> CountInterval.poisson(-1, 0.95)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> CountInterval.poisson(3, 1.0)).isInstanceOf(DomainException.class);
    }

    private static void assertInterval(CountInterval interval, double low, double high) {
        assertThat(interval.low()).isCloseTo(low, within(TOLERANCE));
        assertThat(interval.high()).isCloseTo(high, within(TOLERANCE));
    }
}
