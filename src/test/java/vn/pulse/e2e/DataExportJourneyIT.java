package vn.pulse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pulse.jooq.Tables;
import vn.pulse.reporting.ResponseFixtures;
import vn.pulse.support.BrowserTest;
import vn.pulse.support.TestUsers;

/**
 * A provincial leader exports the responses of the known survey from the UI: picks the
 * questionnaire, sees how many responses the export holds, downloads the CSV and sees the
 * download's progress end with the number of responses written.
 */
class DataExportJourneyIT extends BrowserTest {

    /** Fetches a link like a download and answers with its number of lines. */
    private static final String FETCH_LINES = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'})
              .then(r => r.text())
              .then(t => done(String(t.split('\\r\\n').filter(l => l.length > 0).length)))
              .catch(e => done('error ' + e));""";

    @Autowired
    ResponseFixtures fixtures;

    @Autowired
    org.jooq.DSLContext db;

    @Test
    void a_leader_exports_the_responses_of_a_survey_and_sees_the_download_progress() {
        long id = fixtures.arrange();
        String code = db.select(Tables.QUESTIONNAIRE.CODE).from(Tables.QUESTIONNAIRE)
                .where(Tables.QUESTIONNAIRE.ID.eq(id)).fetchOne(Tables.QUESTIONNAIRE.CODE);
        desktopSize();
        signIn(fixtures.leader(), TestUsers.PASSWORD);
        waitFor(By.id("overview"));
        open("/exports");
        WebElement input = waitFor(By.cssSelector("#export-questionnaire input"));
        input.clear();
        input.sendKeys(code);
        click(waitFor(By.xpath("//vaadin-combo-box-item[contains(., '" + code + "')]")));
        waitForText(By.id("export-count"), "80 phiếu trả lời sẽ được xuất.");
        screenshot("export-01-choose");

        WebElement csv = waitFor(By.id("export-csv"));
        assertThat(csv.getText()).isEqualTo("Tải CSV");
        click(csv);
        String lines = (String) ((JavascriptExecutor) driver).executeAsyncScript(FETCH_LINES, csv.getAttribute("href"));
        assertThat(lines).as("a header and 80 responses (the line break inside a quoted comment is no CRLF)")
                .isEqualTo("81");
        waitForText(By.id("export-progress-text"), "Đã xuất 80 phiếu");
        assertThat(driver.findElement(By.id("export-progress-text")).getText()).contains(code + "_v1.csv");
        screenshot("export-02-done");
    }

    private void click(WebElement element) {
        waiting().until(ExpectedConditions.elementToBeClickable(element));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
    }
}
