package vn.pulse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pulse.statistics.ReferenceData.assertClose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.pulse.base.i18n.Messages;

class EarlyWarningTest {

    private static final Set<String> NEGATIVE = Set.of("phan_doi", "ban_khoan");
    private static final JsonNode R = ReferenceData.reference("reports");
    private static final LocalDate LATEST = LocalDate.parse("2025-11-17");

    private static List<WeeklyOpinionCount> reports() {
        List<WeeklyOpinionCount> counts = new ArrayList<>();
        for (CSVRecord row : ReferenceData.rows("opinion_reports")) {
            counts.add(new WeeklyOpinionCount(row.get("topic"), row.get("direction"),
                    NEGATIVE.contains(row.get("direction")), LocalDate.parse(row.get("week")),
                    Long.parseLong(row.get("count"))));
        }
        return counts;
    }

    private static List<WeeklyOpinionCount> series(String topic, String direction, long... counts) {
        List<WeeklyOpinionCount> series = new ArrayList<>();
        for (int k = 0; k < counts.length; k++) {
            series.add(new WeeklyOpinionCount(topic, direction, true, LATEST.minusWeeks(counts.length - 1 - k),
                    counts[k]));
        }
        return series;
    }

    @Test
    void tail_probabilities_match_ppois_and_pnbinom_in_r() {
        EarlyWarning permissive = new EarlyWarning(new WarningSettings(8, 0.999999, 1, 1));
        List<OpinionAlert> alerts = permissive.evaluate(reports(), LATEST).alerts();
        assertThat(alerts).hasSizeGreaterThanOrEqualTo(4);
        for (OpinionAlert alert : alerts) {
            JsonNode expected = R.get(alert.topic() + " " + alert.direction());
            assertThat(alert.count()).isEqualTo(expected.get("count").asLong());
            assertClose(alert.baselineMean(), expected.get("baselineMean").asDouble(), "mean");
            assertClose(alert.baselineVariance(), expected.get("baselineVariance").asDouble(), "variance");
            String law = expected.has("negativeBinomial") ? "negativeBinomial" : "poisson";
            assertClose(alert.pValue(), expected.get(law).asDouble(), alert.topic() + " " + alert.direction() + " p");
        }
    }

    @Test
    void flags_exactly_the_series_whose_r_tail_count_and_rise_pass_the_default_rule() {
        List<String> expected = new ArrayList<>();
        ReferenceData.fields(R).forEach((key, tail) -> {
            double p = tail.get(tail.has("negativeBinomial") ? "negativeBinomial" : "poisson").asDouble();
            long count = tail.get("count").asLong();
            if (p < 0.01 && count >= 5 && count >= 1.5 * tail.get("baselineMean").asDouble()) {
                expected.add(key);
            }
        });
        List<OpinionAlert> alerts = new EarlyWarning(WarningSettings.DEFAULT).evaluate(reports(), LATEST).alerts();
        assertThat(alerts).extracting(a -> a.topic() + " " + a.direction()).containsExactlyInAnyOrderElementsOf(expected)
                .contains("dat_dai phan_doi");
        assertThat(alerts).allSatisfy(a -> assertThat(a.week()).isEqualTo(LATEST));
    }

    @Test
    void overdispersed_baselines_need_a_bigger_surprise_than_poisson() {
        JsonNode tail = R.get("sap_nhap dong_tinh");
        assertThat(tail.get("poisson").asDouble()).isLessThan(0.01);
        assertThat(tail.get("negativeBinomial").asDouble()).isGreaterThan(0.01);
        assertThat(new EarlyWarning(WarningSettings.DEFAULT).evaluate(reports(), LATEST).alerts())
                .noneMatch(a -> a.topic().equals("sap_nhap") && a.direction().equals("dong_tinh"));
    }

    @Test
    void reason_reads_as_plain_vietnamese_and_english() {
        List<OpinionAlert> alerts = new EarlyWarning(WarningSettings.DEFAULT)
                .evaluate(series("gia_xang", "phan_doi", 5, 5, 5, 5, 5, 5, 5, 5, 16), LATEST).alerts();
        assertThat(alerts).hasSize(1);
        WarningReason reason = alerts.getFirst().reason();
        assertThat(Messages.get(reason.messageKey(), Messages.VIETNAMESE, reason.arguments()))
                .isEqualTo("tăng 3,2 lần so với trung bình 8 tuần trước (16 ý kiến, trung bình 5,0)");
        assertThat(Messages.get(reason.messageKey(), Messages.ENGLISH, reason.arguments()))
                .isEqualTo("up 3.2 times on the average of the previous 8 weeks (16 opinions against 5.0)");
    }

    @Test
    void a_topic_new_this_week_is_flagged_as_new() {
        List<WeeklyOpinionCount> counts = new ArrayList<>(series("gia_ca", "dong_tinh", 3, 4, 3, 5, 4, 3, 4, 4, 4));
        counts.add(new WeeklyOpinionCount("lu_lut", "ban_khoan", true, LATEST, 9));
        OpinionAlert alert = new EarlyWarning(WarningSettings.DEFAULT).evaluate(counts, LATEST).alerts().getFirst();
        assertThat(alert.topic()).isEqualTo("lu_lut");
        assertThat(Messages.get(alert.reason().messageKey(), Messages.VIETNAMESE, alert.reason().arguments()))
                .isEqualTo("xuất hiện 9 ý kiến, trong 8 tuần trước không có");
    }

    @Test
    void weeks_before_the_first_report_are_not_history() {
        List<OpinionAlert> alerts = new EarlyWarning(WarningSettings.DEFAULT)
                .evaluate(series("gia_ca", "phan_doi", 12), LATEST).alerts();
        assertThat(alerts).isEmpty();
    }

    @Test
    void small_counts_never_alert_however_surprising() {
        assertThat(new EarlyWarning(WarningSettings.DEFAULT)
                .evaluate(series("gia_ca", "phan_doi", 0, 0, 1, 0, 0, 0, 0, 0, 4), LATEST).alerts()).isEmpty();
    }

    @Test
    void topic_weeks_give_counts_and_negative_share_with_empty_weeks_as_zero() {
        List<WeeklyOpinionCount> counts = List.of(
                new WeeklyOpinionCount("dat_dai", "phan_doi", true, LATEST.minusWeeks(2), 3),
                new WeeklyOpinionCount("dat_dai", "dong_tinh", false, LATEST.minusWeeks(2), 1),
                new WeeklyOpinionCount("dat_dai", "dong_tinh", false, LATEST.plusDays(3), 2));
        List<TopicWeek> weeks = new EarlyWarning(WarningSettings.DEFAULT).evaluate(counts, LATEST).weeks();
        assertThat(weeks).extracting(TopicWeek::week)
                .containsExactly(LATEST.minusWeeks(2), LATEST.minusWeeks(1), LATEST);
        assertThat(weeks.get(0).total()).isEqualTo(4);
        assertThat(weeks.get(0).negativeShare()).isEqualTo(0.75);
        assertThat(weeks.get(1).total()).isZero();
        assertThat(weeks.get(1).negativeShare()).isNaN();
        assertThat(weeks.get(2).total()).as("Thursday of the latest week counts in it").isEqualTo(2);
    }
}
