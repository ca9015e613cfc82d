package vn.pulse.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
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
        assertThat(PeriodKind.DAY.label(lateOnJune30Utc, HO_CHI_MINH)).isEqualTo("2025-07-01");
        assertThat(PeriodKind.WEEK.label(lateOnJune30Utc, HO_CHI_MINH)).isEqualTo("2025-W27");
    }

    @Test
    void weeks_are_iso_weeks_whose_year_may_differ_from_the_calendar_year() {
        assertThat(PeriodKind.WEEK.label(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
        assertThat(PeriodKind.WEEK.label(LocalDate.of(2027, 1, 3))).isEqualTo("2026-W53");
        assertThat(PeriodKind.WEEK.start("2025-W01")).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(PeriodKind.WEEK.start("2026-W48")).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(PeriodKind.QUARTER.start("2026-Q4")).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void sequences_keep_gaps_and_cross_years() {
        assertThat(PeriodKind.MONTH.between("2025-11", "2026-02")).containsExactly("2025-11", "2025-12", "2026-01",
                "2026-02");
        assertThat(PeriodKind.QUARTER.between("2025-Q3", "2026-Q2")).containsExactly("2025-Q3", "2025-Q4", "2026-Q1",
                "2026-Q2");
        assertThat(PeriodKind.DAY.between("2024-02-28", "2024-03-01")).containsExactly("2024-02-28", "2024-02-29",
                "2024-03-01");
        assertThat(PeriodKind.WEEK.between("2026-W52", "2027-W02")).containsExactly("2026-W52", "2026-W53", "2027-W01",
                "2027-W02");
    }
}
