package vn.pulse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.jooq.DSLContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pulse.analytics.AnalyticsRollups;
import vn.pulse.analytics.SurveyAnalytics;
import vn.pulse.analytics.SurveyFixtures;
import vn.pulse.base.security.Role;
import vn.pulse.support.BrowserTest;
import vn.pulse.support.TestUsers;

/**
 * A national leader opens the overview, sees the hot issue planted in Nghệ An flagged, opens the
 * question explorer for a survey question, compares men and women, keeps only women, narrows the
 * months and the area, and the charts and their tables follow. A leader of Tuyên Quang sees neither Nghệ An's hot issue nor other provinces'
 * numbers. Screenshots under target/screenshots.
 */
class AnalyticsJourneyIT extends BrowserTest {

    private static final String FLARE_PROVINCE = "40";

    @Autowired
    SurveyFixtures fixtures;

    @Autowired
    AnalyticsRollups rollups;

    @Autowired
    SurveyAnalytics analytics;

    @Autowired
    DSLContext db;

    @Test
    void a_leader_sees_the_hot_issue_then_explores_a_question_by_period_and_area() {
        long survey = fixtures.survey(false);
        users.as(users.ensure("an-admin", Role.ADMIN, null), () -> rollups.setGroups(survey, List.of(SurveyFixtures.SEX)));
        fixtures.submit(survey, 400, new Random(11L));
        fixtures.plantHotIssue(FLARE_PROVINCE, "an_toan_thuc_pham", 9);
        String leader = users.ensure("an-journey-leader", Role.LEADER, null);

        desktopSize();
        signIn(leader, TestUsers.PASSWORD);
        waitFor(By.id("overview"));
        waitForText(By.id("hot-issues"), "Nghệ An");
        WebElement issue = waitFor(By.cssSelector("#hot-issues .hot-issue[data-area='" + FLARE_PROVINCE + "']"));
        assertThat(issue.getText()).contains("An toàn thực phẩm", "Phản đối", "lần");
        waitFor(By.cssSelector("#headlines .headline"));
        waiting().until(d -> d.findElements(By.cssSelector("#headlines [data-drawn='true']")).size() > 0);
        screenshot("analytics-01-overview");

        open("/explorer?survey=" + survey + "&question=" + SurveyFixtures.SATISFACTION);
        waitFor(By.id("explorer"));
        drawn("trend-chart");
        waitForText(By.id("explorer-table"), "06/2026");
        assertThat(text("explorer-table")).contains("01/2026", "%");
        assertThat(text("explorer-area-table")).contains("Hà Nội", "Tuyên Quang");
        waitFor(By.id("explorer-raoscott"));
        screenshot("analytics-02-explorer");

        // men against women, then only women
        drawn("group-chart");
        assertThat(text("explorer-group-table")).contains("Lựa chọn nam", "Lựa chọn nu", "%");
        String everyone = text("explorer-table");
        choose("explorer-group", "Câu gioi_tinh: Lựa chọn nu");
        waiting().until(d -> !text("explorer-group-table").contains("Lựa chọn nam"));
        assertThat(text("explorer-group-table")).contains("Lựa chọn nu");
        // women by month is not in the rollups: the trend comes from the raw answers, in the background
        waiting().until(d -> !text("explorer-table").equals(everyone));
        assertThat(text("explorer-table")).as("the trend of women alone").contains("06/2026");
        // (an invisible component is not in the page at all)
        waiting().until(d -> d.findElements(By.id("explorer-trend-busy")).stream().noneMatch(WebElement::isDisplayed));
        scrollTo(driver.findElement(By.id("group-chart")));
        screenshot("analytics-02b-explorer-women");
        scrollTo(driver.findElement(By.id("explorer-from")));

        typeDate("explorer-from", "01/03/2026");
        typeDate("explorer-to", "30/04/2026");
        waiting().until(d -> !text("explorer-table").contains("01/2026") && !text("explorer-table").contains("06/2026"));
        assertThat(text("explorer-table")).contains("03/2026", "04/2026").doesNotContain("05/2026", "06/2026");
        // women week by week (from the raw answers: the day rollups hold no groups), then everyone (from the day rollups)
        chooseRadio("explorer-period", "Tuần");
        waiting().until(d -> text("explorer-table").contains("Tuần 10/2026"));
        assertThat(text("explorer-table")).contains("Tuần 18/2026").doesNotContain("03/2026", "Tuần 19/2026");
        String womenByWeek = text("explorer-table");
        clear("explorer-group");
        waiting().until(d -> !text("explorer-table").equals(womenByWeek) && text("explorer-table").contains("Tuần 14/2026"));
        screenshot("analytics-02c-explorer-by-week");
        // from the middle of April: its weeks, from the day rollups
        typeDate("explorer-from", "15/04/2026");
        waiting().until(d -> !text("explorer-table").contains("Tuần 14/2026"));
        assertThat(text("explorer-table")).contains("Tuần 16/2026", "Tuần 18/2026").doesNotContain("Tuần 15/2026");
        typeDate("explorer-from", "01/03/2026");
        chooseRadio("explorer-period", "Tháng");
        waiting().until(d -> text("explorer-table").contains("03/2026"));

        choose("explorer-area", "Tỉnh Tuyên Quang");
        waiting().until(d -> !text("explorer-area-table").contains("Hà Nội"));
        String communes = text("explorer-area-table");
        assertThat(communes).doesNotContain("Hồ Chí Minh");
        assertThat(communes.lines().count()).isGreaterThan(1);
        drawn("trend-chart");
        screenshot("analytics-03-explorer-filtered");
        phoneSize();
        waitFor(By.id("trend-chart"));
        screenshot("analytics-04-explorer-phone");
        desktopSize();

        // a leader of Tuyên Quang: no Nghệ An, no other province's numbers
        signIn(users.ensure("an-journey-leader-08", Role.LEADER, "08"), TestUsers.PASSWORD);
        waitFor(By.id("overview"));
        assertThat(text("hot-issues")).doesNotContain("Nghệ An");
        open("/explorer?survey=" + survey + "&question=" + SurveyFixtures.SATISFACTION);
        waitFor(By.id("explorer"));
        drawn("area-chart");
        String own = text("explorer-area-table");
        assertThat(own).doesNotContain("Hà Nội", "Hồ Chí Minh");
        screenshot("analytics-05-province-leader");
        // a link to women only
        open("/explorer?survey=" + survey + "&question=" + SurveyFixtures.SATISFACTION + "&group=gioi_tinh%3Dnu");
        waitForText(By.id("explorer-group-table"), "Lựa chọn nu");
        assertThat(text("explorer-group-table")).doesNotContain("Lựa chọn nam");
    }

    @Test
    void an_administrator_keeps_sex_as_a_key_group_of_a_survey() {
        long survey = fixtures.survey(false);
        fixtures.submit(survey, 120, new Random(5L));
        String admin = users.ensure("an-journey-admin", Role.ADMIN, null);

        desktopSize();
        signIn(admin, TestUsers.PASSWORD);
        open("/explorer?survey=" + survey + "&question=" + SurveyFixtures.SATISFACTION);
        waitFor(By.id("explorer"));
        drawn("group-chart");
        WebElement summary = waitFor(By.cssSelector("#explorer-key-groups vaadin-details-summary"));
        scrollTo(summary);
        summary.click();
        WebElement input = waitFor(By.cssSelector("#explorer-key-groups-questions input"));
        input.sendKeys("gioi_tinh");
        By item = By.xpath("//vaadin-multi-select-combo-box-item[contains(normalize-space(.), 'Câu gioi_tinh')]");
        waiting().until(d -> d.findElements(item).stream().anyMatch(WebElement::isDisplayed));
        driver.findElements(item).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        input.sendKeys(Keys.ESCAPE);
        waitFor(By.id("explorer-key-groups-save")).click();
        waitForText(By.id("explorer-key-groups-status"), "Câu gioi_tinh");
        assertThat(users.as(admin, () -> analytics.groups(survey))).containsExactly(SurveyFixtures.SEX);
        assertThat(db.resultQuery("SELECT COUNT(*) FROM analytics_group_rollup g JOIN survey_variable v ON v.id = "
                + "g.variable_id WHERE v.questionnaire_id = ?", survey).fetchSingle(0, Integer.class))
                .as("the survey's rollups rebuilt with sex").isPositive();
        drawn("group-chart");
        screenshot("analytics-06-key-groups");
    }
}
