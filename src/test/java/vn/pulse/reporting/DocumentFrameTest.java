package vn.pulse.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pulse.area.Area;
import vn.pulse.base.DomainException;
import vn.pulse.base.Formats;

/** The Party document's fixed lines: letterhead proposals, number, place and date, and when schedules fall due. */
class DocumentFrameTest {

    private static final Area TUYEN_QUANG = new Area(8, "08", "Tỉnh Tuyên Quang", Area.PROVINCE, "tinh", null, "/08/", true);
    private static final Area HA_NOI = new Area(1, "01", "Thành phố Hà Nội", Area.PROVINCE, "thanh_pho", null, "/01/", true);
    private static final Area COMMUNE = new Area(9, "02236", "Xã Yên Sơn", Area.COMMUNE, "xa", "08", "/08/02236/", true);

    @Test
    void place_and_date_in_words_with_leading_zeros_for_small_days_and_january_february() {
        assertThat(DocumentFrame.placeAndDate("Tuyên Quang", LocalDate.of(2023, 10, 13)))
                .isEqualTo("Tuyên Quang, ngày 13 tháng 10 năm 2023");
        assertThat(DocumentFrame.placeAndDate("Hà Nội", LocalDate.of(2024, 2, 5)))
                .isEqualTo("Hà Nội, ngày 05 tháng 02 năm 2024");
        assertThat(DocumentFrame.placeAndDate("Hà Nội", LocalDate.of(2024, 3, 9)))
                .isEqualTo("Hà Nội, ngày 09 tháng 3 năm 2024");
    }

    @Test
    void number_and_symbol_leave_room_for_the_number_on_a_draft() {
        assertThat(DocumentFrame.numberLine(12, "BC/BTGDV")).isEqualTo("Số 12-BC/BTGDV");
        assertThat(DocumentFrame.numberLine(null, "BC/BTGDV")).isEqualTo("Số \u00a0\u00a0\u00a0\u00a0-BC/BTGDV");
    }

    @Test
    void letterheads_proposed_for_a_province_a_city_a_commune_and_the_country() {
        Letterhead province = Letterheads.proposal(TUYEN_QUANG, null);
        assertThat(province.parentBody()).isEqualTo("TỈNH ỦY TUYÊN QUANG");
        assertThat(province.issuingBody()).isEqualTo("BAN TUYÊN GIÁO VÀ DÂN VẬN");
        assertThat(province.symbol()).isEqualTo("BC/BTGDV");
        assertThat(province.place()).isEqualTo("Tuyên Quang");
        assertThat(province.recipients()).contains("Thường trực Tỉnh ủy Tuyên Quang (để b/c),");
        assertThat(Letterheads.proposal(HA_NOI, null).parentBody()).isEqualTo("THÀNH ỦY HÀ NỘI");
        Letterhead commune = Letterheads.proposal(COMMUNE, TUYEN_QUANG);
        assertThat(commune.parentBody()).isEqualTo("ĐẢNG BỘ TỈNH TUYÊN QUANG");
        assertThat(commune.issuingBody()).isEqualTo("ĐẢNG ỦY XÃ YÊN SƠN");
        assertThat(commune.place()).isEqualTo("Yên Sơn");
        assertThat(Letterheads.proposal(null, null).issuingBody()).isEqualTo("BAN TUYÊN GIÁO VÀ DÂN VẬN TRUNG ƯƠNG");
    }

    @Test
    void a_letterhead_is_trimmed_and_checked() {
        Letterhead given = new Letterhead(" TỈNH ỦY TUYÊN QUANG ", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "BC/BTGDV", "Tuyên Quang",
                List.of("K/T TRƯỞNG BAN", " ", "PHÓ TRƯỞNG BAN"), null, List.of("Lưu Văn phòng."));
        Letterhead checked = Letterheads.checked(given);
        assertThat(checked.parentBody()).isEqualTo("TỈNH ỦY TUYÊN QUANG");
        assertThat(checked.signerTitles()).containsExactly("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN");
        assertThat(checked.signerName()).isEmpty();
        assertThatThrownBy(() -> Letterheads.checked(new Letterhead("A", "B", "BC BTGDV", "C", List.of(), "", List.of())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("letterhead_invalid"));
    }

    @Test
    void a_schedule_is_due_for_the_period_just_ended_once_its_day_and_time_have_come() {
        ReportSchedule monthly = schedule(PeriodType.MONTH, 1, 7, Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(due(monthly, LocalDateTime.of(2025, 11, 1, 6, 59))).contains("2025-09");
        assertThat(due(monthly, LocalDateTime.of(2025, 11, 1, 7, 0))).contains("2025-10");
        assertThat(due(monthly, LocalDateTime.of(2025, 11, 30, 23, 0))).contains("2025-10");
        ReportSchedule quarterly = schedule(PeriodType.QUARTER, 5, 8, Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(due(quarterly, LocalDateTime.of(2025, 10, 5, 8, 0))).contains("2025-Q3");
        assertThat(due(quarterly, LocalDateTime.of(2025, 10, 4, 8, 0))).contains("2025-Q2");
        ReportSchedule yearly = schedule(PeriodType.YEAR, 2, 7, Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(due(yearly, LocalDateTime.of(2026, 1, 2, 7, 0))).contains("2025");
        ReportSchedule fresh = schedule(PeriodType.MONTH, 1, 7, Instant.parse("2025-11-15T00:00:00Z"));
        assertThat(due(fresh, LocalDateTime.of(2025, 11, 20, 7, 0))).as("a new schedule fills in no past").isEmpty();
    }

    private static Optional<String> due(ReportSchedule schedule, LocalDateTime localNow) {
        return schedule.due(localNow.atZone(Formats.ZONE).toInstant(), Formats.ZONE).map(ReportPeriod::code);
    }

    private static ReportSchedule schedule(PeriodType cadence, int day, int hour, Instant createdAt) {
        return new ReportSchedule(1, ReportKind.OPINION_PERIODIC, "08", "Tỉnh Tuyên Quang", "/08/", cadence, day, hour, 0,
                null, Secrecy.NONE, List.of(), true, "leader", createdAt, null);
    }
}
