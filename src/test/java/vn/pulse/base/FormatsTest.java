package vn.pulse.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.pulse.base.i18n.Messages;

class FormatsTest {

    @Test
    void dates_are_day_month_year_in_vietnam_time() {
        // 17:30 UTC on 31/12 is already 1 January in Hanoi (UTC+7).
        assertThat(Formats.date(Instant.parse("2025-12-31T17:30:00Z"))).isEqualTo("01/01/2026");
        assertThat(Formats.dateTime(Instant.parse("2025-12-31T17:30:00Z"))).isEqualTo("01/01/2026 00:30");
        assertThat(Formats.date(LocalDate.of(2023, 10, 13))).isEqualTo("13/10/2023");
    }

    @Test
    void percentages_use_the_decimal_comma_in_vietnamese() {
        assertThat(Formats.percent(0.625, Messages.VIETNAMESE)).isEqualTo("62,5%");
        assertThat(Formats.percent(0.625, Messages.ENGLISH)).isEqualTo("62.5%");
    }
}
