package vn.pulse.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StreamCountTest {

    @Test
    void the_iso_week_belongs_to_the_year_of_its_thursday() {
        assertThat(count(LocalDate.of(2026, 9, 7), 4, 1).isoWeek()).isEqualTo("2026-W37");
        // Monday 29 December 2025 starts week 1 of 2026
        assertThat(count(LocalDate.of(2025, 12, 29), 4, 1).isoWeek()).isEqualTo("2026-W01");
    }

    @Test
    void the_negative_share_is_negative_streams_over_all_streams() {
        assertThat(count(LocalDate.of(2026, 9, 7), 8, 2).negativeShare()).isEqualTo(0.25);
        assertThat(count(LocalDate.of(2026, 9, 7), 0, 0).negativeShare()).isZero();
    }

    @Test
    void scale_codes_are_found_by_their_stable_code_only() {
        assertThat(OpinionScale.fromCode(Breadth.class, "so_dong")).contains(Breadth.LARGE_NUMBER);
        assertThat(OpinionScale.fromCode(Direction.class, "OPPOSE")).isEmpty();
        assertThat(Breadth.OVERWHELMING_MAJORITY.rank()).isGreaterThan(Breadth.MAJORITY.rank());
        assertThat(Intensity.of(5)).contains(Intensity.VERY_VEHEMENT);
        assertThat(Intensity.of(6)).isEmpty();
    }

    private static StreamCount count(LocalDate monday, long streams, long negative) {
        return new StreamCount(null, Direction.OPPOSE, monday, "08", "Tuyên Quang", "/08/", streams, negative, 0, 1);
    }
}
