package vn.pulse.reporting.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pulse.analytics.Overview;
import vn.pulse.questionnaire.LocalizedText;
import vn.pulse.reporting.ReportPeriod;
import vn.pulse.reporting.document.Block;
import vn.pulse.reporting.document.Cell;
import vn.pulse.reporting.document.Chart;
import vn.pulse.reporting.document.Paragraph;
import vn.pulse.reporting.document.ReportFonts;
import vn.pulse.reporting.document.ReportResources;
import vn.pulse.reporting.document.ReportTable;
import vn.pulse.reporting.document.SubHeading;
import vn.pulse.reporting.document.TrendChartPainter;
import vn.pulse.statistics.Difference;
import vn.pulse.statistics.Estimate;
import vn.pulse.statistics.Trend;

/** The survey results of a periodic report from given headlines: withheld and non-probability figures. */
class SurveySectionTest {

    private static final ReportPeriod OCTOBER = ReportPeriod.month(YearMonth.of(2025, 10));
    private static final TrendChartPainter PAINTER = new TrendChartPainter(new ReportFonts(ReportResources.bundled()));

    @Test
    void a_non_probability_sample_is_labelled_and_has_neither_interval_nor_test() {
        Estimate september = shown(30, 0.625, false);
        Estimate october = shown(40, 0.5, false);
        Difference change = new Difference(september, october, -0.125, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, false);
        List<Block> blocks = blocks(headline(false, List.of(point("2025-09", september), point("2025-10", october)),
                new Trend.PeriodChange("2025-09", "2025-10", change)));

        assertThat(blocks).filteredOn(SubHeading.class::isInstance).extracting(b -> ((SubHeading) b).text())
                .containsExactly("1. Khảo sát về dịch vụ công (mẫu phi xác suất)");
        assertThat(text(blocks)).contains("Tỷ lệ chọn “Hài lòng” ở câu “Mức độ hài lòng” tháng 10 năm 2025 đạt 50,0% "
                + "(n = 40; mẫu phi xác suất, không tính khoảng tin cậy); giảm 12,5 điểm phần trăm so với tháng 9 năm 2025 "
                + "(62,5%); mẫu phi xác suất nên không kiểm định ý nghĩa thống kê.").doesNotContain("khoảng tin cậy 95%:");
        ReportTable table = table(blocks);
        assertThat(table.rows().getLast()).extracting(c -> c.display(Words.LOCALE))
                .containsExactly("Tháng 10 năm 2025", "40", "50,0%", "không tính", "không tính");
        assertThat(table.note()).startsWith("Mẫu phi xác suất");
        assertThat(blocks).filteredOn(Chart.class::isInstance).extracting(b -> ((Chart) b).caption())
                .allSatisfy(caption -> assertThat(caption).startsWith("Mẫu phi xác suất"));
    }

    @Test
    void a_withheld_month_is_withheld_in_words_table_and_change() {
        Estimate september = new Estimate(60, 0.4, 0.05, 0.31, 0.5, 59, 1, true, false);
        Estimate october = Estimate.suppressed(true);
        Difference change = new Difference(september, october, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, true);
        List<Block> blocks = blocks(headline(true, List.of(point("2025-09", september), point("2025-10", october)),
                new Trend.PeriodChange("2025-09", "2025-10", change)));

        assertThat(text(blocks)).contains("Tỷ lệ chọn “Hài lòng” ở câu “Mức độ hài lòng” tháng 10 năm 2025: không công bố "
                + "số liệu vì quá ít người trả lời (ngưỡng 5 người).");
        ReportTable table = table(blocks);
        assertThat(table.rows().getLast()).extracting(Cell::suppressed).containsExactly(false, true, true, true, true);
        assertThat(table.rows().getFirst()).extracting(c -> c.display(Words.LOCALE))
                .containsExactly("Tháng 9 năm 2025", "60", "40,0%", "31,0%", "50,0%");
    }

    @Test
    void no_survey_in_the_area_and_period_is_said_in_one_line() {
        List<Block> blocks = new SurveySection(new SurveyHeadlines.Headlines(SurveyHeadlines.Window.of(OCTOBER), List.of(),
                5), PAINTER, new Numbering()).blocks(OCTOBER, "Tỉnh Tuyên Quang");
        assertThat(blocks).singleElement().extracting(b -> ((Paragraph) b).text()).isEqualTo("Trong tháng 10 năm 2025, "
                + "trên địa bàn Tỉnh Tuyên Quang không có cuộc khảo sát dư luận xã hội nào có phiếu trả lời được tính.");
    }

    private static List<Block> blocks(Overview.Headline headline) {
        return new SurveySection(new SurveyHeadlines.Headlines(SurveyHeadlines.Window.of(OCTOBER), List.of(headline), 5),
                PAINTER, new Numbering()).blocks(OCTOBER, "Tỉnh Tuyên Quang");
    }

    private static Overview.Headline headline(boolean probability, List<Trend.PeriodEstimate> points,
            Trend.PeriodChange change) {
        return new Overview.Headline(1, LocalizedText.of("Khảo sát về dịch vụ công"), "hai_long",
                LocalizedText.of("Mức độ hài lòng"), "co", LocalizedText.of("Hài lòng"), probability, points, change);
    }

    private static Estimate shown(long n, double share, boolean probability) {
        return new Estimate(n, share, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, probability, false);
    }

    private static Trend.PeriodEstimate point(String period, Estimate estimate) {
        return new Trend.PeriodEstimate(period, 0, estimate);
    }

    private static String text(List<Block> blocks) {
        return String.join("\n", blocks.stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text())
                .toList());
    }

    private static ReportTable table(List<Block> blocks) {
        return blocks.stream().filter(ReportTable.class::isInstance).map(ReportTable.class::cast).findFirst().orElseThrow();
    }
}
