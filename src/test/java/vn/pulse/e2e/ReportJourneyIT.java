package vn.pulse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pulse.reporting.ReportingFixtures;
import vn.pulse.support.BrowserTest;
import vn.pulse.support.TestUsers;

/**
 * A provincial leader writes the monthly opinion report of October 2025 from the UI: previews
 * it, generates it and watches the progress, downloads the PDF, and finds it in the archive with
 * the SHA-256 of what was downloaded.
 */
class ReportJourneyIT extends BrowserTest {

    private static final String FETCH_SHA256 = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'})
              .then(r => r.arrayBuffer())
              .then(b => Promise.all([crypto.subtle.digest('SHA-256', b),
                  new TextDecoder().decode(new Uint8Array(b).slice(0, 5))]))
              .then(([h, head]) => done(head + ' ' + Array.from(new Uint8Array(h))
                  .map(x => x.toString(16).padStart(2, '0')).join('')))
              .catch(e => done('error ' + e));""";

    @Autowired
    ReportingFixtures fixtures;

    @Test
    void a_leader_generates_a_monthly_report_sees_its_progress_downloads_it_and_finds_it_archived_with_its_hash() {
        fixtures.arrange();
        desktopSize();
        signIn(fixtures.leader(), TestUsers.PASSWORD);
        waitFor(By.id("overview"));
        open("/reports");
        click(waitFor(By.id("create-report")));
        waitFor(By.id("report-composer"));
        click(waitFor(By.id("report-period")));
        click(waitFor(By.xpath("//vaadin-select-item[normalize-space()='Tháng 10 năm 2025']")));
        waiting().until(d -> d.findElement(By.id("report-period")).getText().contains("Tháng 10 năm 2025")
                || "Tháng 10 năm 2025".equals(value(By.cssSelector("#report-period"))));
        screenshot("report-01-compose");

        click(waitFor(By.id("report-preview-button")));
        WebElement frame = waitFor(By.id("report-preview"));
        driver.switchTo().frame(frame);
        waitForText(By.tagName("body"), "ĐẢNG CỘNG SẢN VIỆT NAM");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Tình hình dư luận xã hội tháng 10 năm 2025",
                "Tuyên Quang", "đồng tình");
        driver.switchTo().defaultContent();
        screenshot("report-02-preview");

        click(waitFor(By.id("report-generate")));
        waitFor(By.id("report-progress-bar"));
        waitForText(By.id("report-progress-status"), "%");
        screenshot("report-03-progress");
        waitForText(By.id("report-progress-status"), "100%");
        WebElement pdf = waitFor(By.cssSelector("#report-result a[id$='-pdf']"));
        String hash = waitFor(By.cssSelector("#report-result .report-hash")).getText().replace("SHA-256 (PDF): ", "");
        assertThat(hash).matches("[0-9a-f]{64}");
        screenshot("report-04-done");

        String downloaded = (String) ((JavascriptExecutor) driver).executeAsyncScript(FETCH_SHA256, pdf.getAttribute("href"));
        assertThat(downloaded).isEqualTo("%PDF- " + hash);

        open("/reports");
        WebElement archive = waitFor(By.id("report-archive"));
        assertThat(archive.getText()).contains("Tình hình dư luận xã hội tháng 10 năm 2025", "SHA-256 (PDF): " + hash);
        screenshot("report-05-archive");
        phoneSize();
        waitFor(By.id("report-archive"));
        screenshot("report-06-archive-phone");
    }

    @Test
    void a_leader_schedules_the_monthly_report_of_their_province_and_changes_its_hour() {
        desktopSize();
        signIn(fixtures.otherLeader(), TestUsers.PASSWORD);
        waitFor(By.id("overview"));
        open("/reports/schedules");
        click(waitFor(By.id("schedule-save")));
        waitForText(By.id("schedule-grid"), "Tỉnh Lai Châu");
        waitForText(By.id("schedule-grid"), "ngày 1 của tháng sau kỳ, lúc 07:00");
        waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'Tỉnh Lai Châu')]")).click();
        waiting().until(d -> "true".equals(d.findElement(By.id("schedule-area")).getAttribute("readonly")));
        WebElement hour = waitFor(By.cssSelector("#schedule-hour input"));
        hour.clear();
        hour.sendKeys("8", Keys.TAB);
        click(waitFor(By.id("schedule-save")));
        waitForText(By.id("schedule-grid"), "lúc 08:00");
        screenshot("report-07-schedules");
    }

    private void click(WebElement element) {
        waiting().until(ExpectedConditions.elementToBeClickable(element));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
    }

    private String value(By by) {
        return (String) ((JavascriptExecutor) driver).executeScript("return arguments[0].value;", driver.findElement(by));
    }
}
