package vn.pulse.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.pulse.base.DomainException;

class ReportPeriodTest {

    @Test
    void codes_name_months_quarters_years_and_windows_of_days() {
        assertThat(ReportPeriod.parse("2023-10")).isEqualTo(new ReportPeriod(PeriodType.MONTH,
                LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 31)));
        assertThat(ReportPeriod.parse("2024-Q1").to()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(ReportPeriod.parse("2024").from()).isEqualTo(LocalDate.of(2024, 1, 1));
        ReportPeriod days = ReportPeriod.parse("2026-11-01..2026-11-14");
        assertThat(days.type()).isEqualTo(PeriodType.DAYS);
        for (String code : new String[] {"2023-10", "2024-Q1", "2024", "2026-11-01..2026-11-14"}) {
            assertThat(ReportPeriod.parse(code).code()).isEqualTo(code);
        }
    }

    @Test
    void periods_read_as_vietnamese_documents_write_them() {
        assertThat(ReportPeriod.parse("2023-10").inWords()).isEqualTo("tháng 10 năm 2023");
        assertThat(ReportPeriod.parse("2023-Q3").inWords()).isEqualTo("quý III năm 2023");
        assertThat(ReportPeriod.parse("2023").inWords()).isEqualTo("năm 2023");
        assertThat(ReportPeriod.parse("2026-11-01..2026-11-14").inWords())
                .isEqualTo("từ ngày 01/11/2026 đến ngày 14/11/2026");
    }

    @Test
    void the_previous_period_crosses_years() {
        assertThat(ReportPeriod.parse("2024-01").previous().code()).isEqualTo("2023-12");
        assertThat(ReportPeriod.parse("2024-Q1").previous().code()).isEqualTo("2023-Q4");
        assertThat(ReportPeriod.of(PeriodType.QUARTER, LocalDate.of(2025, 8, 15)).code()).isEqualTo("2025-Q3");
    }

    @Test
    void anything_else_is_refused() {
        for (String bad : new String[] {"2023-13", "2023-Q5", "tháng 10", "", "2026-11-14..2026-11-01",
                "2026-01-01..2026-06-30"}) {
            assertThatThrownBy(() -> ReportPeriod.parse(bad)).as(bad).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code()).isEqualTo("period_invalid"));
        }
        assertThatThrownBy(() -> ReportPeriod.parse(null)).isInstanceOf(DomainException.class);
    }
}
