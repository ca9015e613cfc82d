package vn.pulse.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PeriodKindTest {

    private static final ZoneId HO_CHI_MINH = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void periods_are_taken_in_vietnamese_time() {
        Instant lateOnJune30Utc = Instant.parse("2025-06-30T18:30:00Z");
        assertThat(PeriodKind.MONTH.label(lateOnJune30Utc, HO_CHI_MINH)).isEqualTo("2025-07");
        assertThat(PeriodKind.QUARTER.label(lateOnJune30Utc, HO_CHI_MINH)).isEqualTo("2025-Q3");
        assertThat(PeriodKind.MONTH.label(lateOnJune30Utc, ZoneId.of("UTC"))).isEqualTo("2025-06");
    }

    @Test
    void sequences_keep_gaps_and_cross_years() {
        assertThat(PeriodKind.MONTH.between("2025-11", "2026-02")).containsExactly("2025-11", "2025-12", "2026-01",
                "2026-02");
        assertThat(PeriodKind.QUARTER.between("2025-Q3", "2026-Q2")).containsExactly("2025-Q3", "2025-Q4", "2026-Q1",
                "2026-Q2");
    }
}
