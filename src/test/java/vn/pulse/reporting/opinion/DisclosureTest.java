package vn.pulse.reporting.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pulse.reporting.document.Cell;

class DisclosureTest {

    @Test
    void shares_on_fewer_than_k_reports_are_withheld_with_the_next_smallest_and_zero_is_shown() {
        Tally<String> tally = new Tally<>();
        for (long report = 1; report <= 7; report++) {
            tally.add("tan_thanh", report);
        }
        for (long report = 8; report <= 13; report++) {
            tally.add("phan_doi", report);
        }
        tally.add("ban_khoan", 14);
        var shares = new Disclosure(5).shares(tally, List.of("tan_thanh", "phan_doi", "ban_khoan", "khac"), 14);
        assertThat(shares.get("ban_khoan").suppressed()).isTrue();
        assertThat(shares.get("khac").suppressed()).as("zero reveals nobody, and is the smallest left").isTrue();
        assertThat(shares.get("tan_thanh").display(Words.LOCALE)).isEqualTo("50,0%");
        assertThat(shares.get("phan_doi").value()).isEqualTo(6 / 14.0);
        assertThat(new Disclosure(5).count(3, 2)).isEqualTo(Cell.withheld());
        assertThat(new Disclosure(5).count(0, 0).display(Words.LOCALE)).isEqualTo("0");
    }

    @Test
    void a_report_counts_once_however_many_of_its_streams_share_a_key() {
        Tally<String> tally = new Tally<>();
        tally.add("nong_dan", 1);
        tally.add("nong_dan", 1);
        tally.add("nong_dan", 2);
        assertThat(tally.streams("nong_dan")).isEqualTo(3);
        assertThat(tally.reports("nong_dan")).isEqualTo(2);
        assertThat(tally.distinctReports()).isEqualTo(2);
    }
}
