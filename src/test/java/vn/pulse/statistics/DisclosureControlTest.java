package vn.pulse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pulse.base.DomainException;

class DisclosureControlTest {

    private final DisclosureControl rule = new DisclosureControl(5);

    @Test
    void cells_under_k_are_hidden_and_so_are_shares_whose_complement_is() {
        assertThat(rule.hides(4)).isTrue();
        assertThat(rule.hides(5)).isFalse();
        assertThat(rule.hidesShare(50, 100)).isFalse();
        assertThat(rule.hidesShare(3, 100)).isTrue();
        assertThat(rule.hidesShare(97, 100)).as("97% of 100 reveals the 3 without").isTrue();
    }

    @Test
    void a_lone_suppressed_share_takes_the_next_smallest_with_it() {
        Map<String, Estimate> shares = new LinkedHashMap<>();
        shares.put("a", share(0.5));
        shares.put("b", Estimate.suppressed(true));
        shares.put("c", share(0.47));
        Map<String, Estimate> protectedShares = rule.protectShares(shares, Map.of("a", 50L, "b", 3L, "c", 47L));
        assertThat(protectedShares.get("a").suppressed()).isFalse();
        assertThat(protectedShares.get("b").suppressed()).isTrue();
        assertThat(protectedShares.get("c").suppressed()).isTrue();
    }

    @Test
    void two_suppressed_shares_need_no_more() {
        Map<String, Estimate> shares = new LinkedHashMap<>();
        shares.put("a", share(0.9));
        shares.put("b", Estimate.suppressed(true));
        shares.put("c", Estimate.suppressed(true));
        assertThat(rule.protectShares(shares, Map.of("a", 90L, "b", 4L, "c", 3L))).isEqualTo(shares);
    }

    @Test
    void estimator_applies_the_rule_to_means_of_small_domains() {
        Sample sample = OpinionSurvey.sample();
        String[] commune = OpinionSurvey.labels("commune");
        boolean[] tiny = Domains.of(commune, "HN01");
        for (int i = 0, kept = 0; i < tiny.length; i++) {
            tiny[i] &= kept++ < 4 || !tiny[i];
        }
        Estimate mean = new Estimator().mean(sample, OpinionSurvey.numbers("likert"), tiny);
        assertThat(mean.suppressed()).isTrue();
        assertThat(mean.estimate()).isNaN();
        assertThat(new Estimator(EstimationOptions.DEFAULT.withMinCellSize(4))
                .mean(sample, OpinionSurvey.numbers("likert"), tiny).suppressed()).isFalse();
    }

    @Test
    void k_cannot_be_negative() {
        assertThatThrownBy(() -> new DisclosureControl(-1)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("invalid_min_cell_size");
    }

    private static Estimate share(double p) {
        return new Estimate(100, p, 0.05, p - 0.1, p + 0.1, 20, 1, true, false);
    }
}
