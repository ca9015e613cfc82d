package vn.pulse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pulse.analytics.QualityReport;
import vn.pulse.analytics.QualityService;
import vn.pulse.analytics.SurveyFixtures;
import vn.pulse.analytics.SurveyFixtures.AreaShare;
import vn.pulse.base.Formats;
import vn.pulse.base.security.Role;
import vn.pulse.statistics.SpeedingFlag;
import vn.pulse.support.BrowserTest;
import vn.pulse.support.TestUsers;

/**
 * The areas ranking and the data-quality view in a real browser. A national leader ranks the
 * provinces by the share choosing an option, in the order and with the figures the responses give,
 * switches the option, then chooses Tuyên Quang and sees its communes; a leader of Tuyên Quang sees
 * the same communes and no other province. A supervisor of Hồ Chí Minh sees the surveyor who
 * fabricates interviews there flagged and opens the evidence; the supervisor of Tuyên Quang does
 * not see that surveyor. Screenshots under target/screenshots.
 */
class DashboardViewsJourneyIT extends BrowserTest {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final List<String> PROVINCES = List.of("Thành phố Hà Nội", "Tỉnh Tuyên Quang", "Thành phố Hồ Chí Minh");
    private static final String FABRICATOR = "dv-fabricator";
    private static final String HONEST = "dv-honest";

    @Autowired
    SurveyFixtures fixtures;

    @Autowired
    QualityService quality;

    @Test
    void a_leader_ranks_the_provinces_and_sees_the_communes_of_one_a_province_leader_only_hers() {
        long survey = fixtures.survey(false);
        fixtures.submit(survey, 400, new Random(21L));

        desktopSize();
        signIn(users.ensure("dv-leader", Role.LEADER, null), TestUsers.PASSWORD);
        waitFor(By.id("overview"));
        open("/area-ranking?survey=" + survey);
        waitFor(By.id("area-ranking"));
        choose("ranking-question", "Câu " + SurveyFixtures.SATISFACTION);
        List<AreaShare> provinces = shares(survey, "rat_hai_long", null);
        assertThat(provinces.getFirst().name()).isEqualTo("Tỉnh Tuyên Quang");
        ranked(provinces);
        screenshot("dashboards-01-area-ranking");

        choose("ranking-option", "Lựa chọn khong_hai_long");
        ranked(shares(survey, "khong_hai_long", null));

        choose("ranking-option", "Lựa chọn rat_hai_long");
        choose("ranking-province", "Tỉnh Tuyên Quang");
        List<AreaShare> communes = shares(survey, "rat_hai_long", "08");
        ranked(communes);
        String tuyenQuang = text("ranking-table");
        assertThat(tuyenQuang).doesNotContain(PROVINCES);
        screenshot("dashboards-02-area-ranking-communes");

        signIn(users.ensure("dv-leader-08", Role.LEADER, "08"), TestUsers.PASSWORD);
        waitFor(By.id("overview"));
        open("/area-ranking?survey=" + survey + "&question=" + SurveyFixtures.SATISFACTION);
        waitFor(By.id("area-ranking"));
        ranked(communes);
        assertThat(text("ranking-table")).isEqualTo(tuyenQuang).doesNotContain(PROVINCES);
        screenshot("dashboards-03-area-ranking-province-leader");
    }

    @Test
    void a_supervisor_sees_the_fabricating_surveyor_flagged_with_evidence_another_province_does_not() {
        long survey = fixtures.survey(false);
        fixtures.submit(survey, 120, new Random(23L), HONEST, false);
        List<Long> fabricated = fixtures.submit(survey, 8, new Random(24L), FABRICATOR, true, "79");
        String supervisor = users.ensure("dv-supervisor-79", Role.SUPERVISOR, "79");
        QualityReport report = users.as(supervisor, () -> quality.report(survey));

        desktopSize();
        signIn(supervisor, TestUsers.PASSWORD);
        waitFor(By.id("supervision"));
        open("/quality?survey=" + survey);
        waitForText(By.id("quality-table"), name(FABRICATOR));
        drawn("quality-chart");
        assertThat(text("quality-summary")).contains("Đã kiểm tra " + report.responses() + " phiếu");
        String table = flat(text("quality-table"));
        assertThat(table).contains(name(FABRICATOR) + " Thành phố Hồ Chí Minh 8 8 0 ");
        assertThat(table.indexOf(name(FABRICATOR))).isLessThan(table.indexOf(name(HONEST)));
        scrollTo(driver.findElement(By.id("quality-table")));
        screenshot("dashboards-04-quality");

        waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + name(FABRICATOR) + "']")).click();
        scrollTo(waitFor(By.cssSelector("#quality-table .quality-evidence")));
        String evidence = text("quality-table");
        assertThat(evidence).contains(speeding(report, fabricated.getFirst()),
                "gần trùng với phiếu số " + fabricated.getFirst() + ": 4 trên 4 câu giống hệt");
        screenshot("dashboards-05-quality-evidence");

        signIn(users.ensure("dv-supervisor-08", Role.SUPERVISOR, "08"), TestUsers.PASSWORD);
        waitFor(By.id("supervision"));
        open("/quality?survey=" + survey);
        waitForText(By.id("quality-table"), name(HONEST));
        assertThat(text("quality-table")).doesNotContain(name(FABRICATOR), "Hồ Chí Minh");
        scrollTo(driver.findElement(By.id("quality-table")));
        screenshot("dashboards-06-quality-other-province");
    }

    /**
     * Waits until the table lists the areas in this order with their n and share in Vietnamese
     * (44,2%), then checks the chart draws its bars in the same order.
     */
    private void ranked(List<AreaShare> expected) {
        List<String> rows = expected.stream()
                .map(a -> a.name() + " " + Formats.integer(a.answered(), VI) + " " + Formats.percent(a.share(), VI)).toList();
        assertThat(rows).allSatisfy(row -> assertThat(row).matches(".* \\d+ \\d{1,3},\\d%"));
        waiting().until(d -> flat(text("ranking-table")).contains(rows.getFirst()));
        String table = flat(text("ranking-table"));
        assertThat(rows).allSatisfy(row -> assertThat(table).contains(row));
        assertThat(rows.stream().map(table::indexOf).toList()).isSorted();
        drawn("ranking-chart");
        assertThat(driver.findElements(By.cssSelector("#ranking-chart canvas"))).isNotEmpty();
        Object bars = ((JavascriptExecutor) driver).executeScript(
                "return echarts.getInstanceByDom(arguments[0]).getOption().yAxis[0].data",
                driver.findElement(By.id("ranking-chart")));
        assertThat(bars).isEqualTo(expected.stream().map(AreaShare::name).toList());
        scrollTo(driver.findElement(By.id("ranking-table")));
    }

    private List<AreaShare> shares(long survey, String choice, String province) {
        return fixtures.shareByArea(survey, SurveyFixtures.SATISFACTION, choice, province);
    }

    /** The speeding evidence the view should show for a response, its median taken from the service. */
    private static String speeding(QualityReport report, long responseId) {
        SpeedingFlag flag = report.surveyors().stream().flatMap(s -> s.flags().stream())
                .filter(e -> e.responseId() != null && e.responseId() == responseId)
                .map(QualityReport.Evidence::flag).filter(SpeedingFlag.class::isInstance).map(SpeedingFlag.class::cast)
                .findFirst().orElseThrow();
        assertThat(flag.seconds()).isEqualTo(60);
        return "phỏng vấn 1 phút, trung vị của cuộc khảo sát " + Math.round(flag.medianSeconds() / 60.0) + " phút ("
                + Formats.percent(flag.ratio(), VI) + ")";
    }

    private static String name(String username) {
        return "Người thử " + username;
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
