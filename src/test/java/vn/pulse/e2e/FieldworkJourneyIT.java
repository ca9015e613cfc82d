package vn.pulse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pulse.area.Area;
import vn.pulse.base.Formats;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.fieldwork.Assignment;
import vn.pulse.fieldwork.AssignmentDraft;
import vn.pulse.fieldwork.AssignmentService;
import vn.pulse.fieldwork.Draft;
import vn.pulse.fieldwork.DraftService;
import vn.pulse.fieldwork.FieldworkFixtures;
import vn.pulse.fieldwork.ResponseStatus;
import vn.pulse.fieldwork.ResponseSummary;
import vn.pulse.fieldwork.ReviewService;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.support.BrowserTest;
import vn.pulse.support.TestUsers;

/**
 * At phone size (390x844): the demo surveyor opens an assignment, fills a questionnaire with skip
 * logic, reloads halfway and finds the draft intact, submits; the demo supervisor finds it in the
 * queue and approves it. (A collaborator filing an opinion report: {@link OpinionReportJourneyIT}.)
 * And in the UI a surveyor cannot open another's draft, a supervisor sees no other province's work.
 */
class FieldworkJourneyIT extends BrowserTest {

    @Autowired
    FieldworkFixtures fixtures;
    @Autowired
    AssignmentService assignments;
    @Autowired
    DraftService drafts;
    @Autowired
    ReviewService review;
    @Autowired
    vn.pulse.fieldwork.SubmissionService submissions;

    FormDefinition survey;
    Area commune;
    Assignment assignment;

    @BeforeEach
    void arrange() {
        survey = fixtures.publishedSurvey();
        commune = fixtures.communeOf("08");
        long surveyorId = users.as("surveyor", () -> CurrentUser.require().id());
        LocalDate today = LocalDate.now(Formats.ZONE);
        assignment = users.as("supervisor", () -> assignments.create(new AssignmentDraft(survey.questionnaireId(),
                surveyorId, commune.code(), today.minusDays(1), today.plusDays(10), 30, Map.of())));
    }

    @Test
    void a_surveyor_fills_an_interview_with_skip_logic_resumes_it_after_a_reload_and_the_supervisor_approves_it() {
        phone();
        signIn("surveyor", "demo");
        waitFor(By.id("my-work"));
        waitFor(By.id("assignment-" + assignment.id()));
        screenshot("fieldwork-01-my-work");
        click(waitFor(By.id("start-" + assignment.id())));
        waitFor(By.id("fill-form"));
        String uuid = driver.getCurrentUrl().replaceFirst(".*/fill/", "");
        assertThat(shown("q-ly_do")).isFalse();
        chooseRadio("input-dong_y", "Không");
        waiting().until(d -> shown("q-ly_do"));
        type(By.cssSelector("#input-ly_do input"), "Giá điện tăng");
        type(By.cssSelector("#input-tuoi input"), "35");
        waiting().until(d -> saved(uuid, "tuoi", 35L) && saved(uuid, "ly_do", "Giá điện tăng"));
        screenshot("fieldwork-02-halfway");

        driver.navigate().refresh();
        waitFor(By.id("fill-form"));
        waiting().until(d -> "Giá điện tăng".equals(value("#input-ly_do input")));
        assertThat(value("#input-tuoi input")).isEqualTo("35");
        assertThat(driver.findElement(By.xpath("//*[@id='input-dong_y']//vaadin-radio-button[normalize-space()='Không']"))
                .getAttribute("checked")).isNotNull();
        screenshot("fieldwork-03-after-reload");

        click(waitFor(By.id("form-next")));
        waitFor(By.id("q-chu_de"));
        click(waitFor(By.xpath("//*[@id='input-chu_de']//vaadin-checkbox[normalize-space()='Giá cả']//label")));
        waiting().until(d -> saved(uuid, "chu_de", List.of("gia_ca")));
        // reopened on the page it was left on, not the first
        driver.navigate().refresh();
        waitFor(By.id("fill-form"));
        waiting().until(d -> shown("q-chu_de"));
        assertThat(shown("q-tuoi")).isFalse();
        chooseRadio("input-diem", "7");
        waiting().until(d -> saved(uuid, "diem", 7L));
        click(waitFor(By.id("form-next")));
        waiting().until(ExpectedConditions.urlMatches(".*/my-work$"));
        screenshot("fieldwork-04-submitted");
        ResponseSummary stored = users.as("surveyor", () -> review.mine(null, 50)).stream()
                .filter(r -> r.uuid().equals(uuid)).findFirst().orElseThrow();
        assertThat(stored.status()).isEqualTo(ResponseStatus.SUBMITTED);
        assertThat(users.as("surveyor", () -> drafts.open(uuid))).isEmpty();

        signIn("supervisor", "demo");
        waitFor(By.id("supervision"));
        waitFor(By.id("response-" + stored.id()));
        screenshot("fieldwork-05-queue");
        click(waitFor(By.id("approve-" + stored.id())));
        waiting().until(d -> driver.findElements(By.id("response-" + stored.id())).isEmpty());
        assertThat(users.as("supervisor", () -> review.queue(null, survey.questionnaireId(), 10)))
                .filteredOn(r -> r.id() == stored.id()).extracting(ResponseSummary::status)
                .containsExactly(ResponseStatus.APPROVED);
    }

    @Test
    void in_the_ui_a_surveyor_cannot_open_another_surveyors_draft_nor_a_supervisor_see_another_province() {
        desktop();
        String other = users.ensure("fw-ui-other-08", vn.pulse.base.security.Role.SURVEYOR, "08");
        String elsewhere = users.ensure("fw-ui-sup-01", vn.pulse.base.security.Role.SUPERVISOR, "01");
        Draft draft = users.as("surveyor", () -> drafts.start(assignment.id()));
        users.as("surveyor", () -> drafts.save(draft.uuid(), Map.of("dong_y", "khong", "ly_do", "Bí mật riêng"), Map.of()));
        long responseId = users.as("surveyor", () -> fixturesSubmit());

        signIn(other, TestUsers.PASSWORD);
        waitFor(By.id("my-work"));
        assertThat(driver.findElements(By.id("draft-" + draft.uuid()))).isEmpty();
        open("/my-work/fill/" + draft.uuid());
        waitFor(By.id("my-work"));
        assertThat(driver.findElements(By.id("fill-form"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("Bí mật riêng");

        signIn(elsewhere, TestUsers.PASSWORD);
        waitFor(By.id("supervision"));
        waitFor(By.id("response-queue"));
        assertThat(driver.findElements(By.id("response-" + responseId))).isEmpty();
        signIn("supervisor", "demo");
        waitFor(By.id("response-" + responseId));
    }

    @Test
    void a_supervisor_types_in_a_paper_questionnaire_and_the_same_form_number_is_refused() {
        desktop();
        String number = "TQ-" + System.nanoTime() % 1_000_000;
        signIn("supervisor", "demo");
        waitFor(By.id("supervision"));
        open("/supervision/paper");
        waitFor(By.id("paper-entry"));
        click(waitFor(By.id("paper-questionnaire")));
        click(waitFor(By.xpath("//vaadin-select-item[contains(., 'Khảo sát thử nghiệm')]")));
        pick("paper-surveyor", "Trần Văn Minh");
        pick("paper-area", commune.code());
        enterPaper(number, "52");
        waiting().until(d -> storedFormNumber(number));
        screenshot("fieldwork-06-paper-entered");

        enterPaper(number, "53");
        waitFor(By.xpath("//vaadin-notification-card[contains(., 'đã được nhập') and contains(., '" + number + "')]"));
        screenshot("fieldwork-07-paper-duplicate");
    }

    private void enterPaper(String number, String age) {
        WebElement field = waitFor(By.cssSelector("#paper-number input"));
        waiting().until(d -> "".equals(field.getDomProperty("value")));
        type(By.cssSelector("#paper-number input"), number);
        waitFor(By.id("paper-form"));
        chooseRadio("input-dong_y", "Có");
        type(By.cssSelector("#input-tuoi input"), age);
        click(waitFor(By.id("form-next")));
        waitFor(By.id("q-chu_de"));
        click(waitFor(By.id("form-next")));
    }

    private boolean storedFormNumber(String number) {
        return users.as("supervisor", () -> review.queue(null, null, 200)).stream()
                .anyMatch(r -> number.equals(r.formNumber()) && r.channel() == vn.pulse.fieldwork.Channel.PAPER);
    }

    private void pick(String comboId, String typed) {
        WebElement input = waitFor(By.cssSelector("#" + comboId + " input"));
        click(input);
        input.sendKeys(typed);
        click(waitFor(By.xpath("//vaadin-combo-box-item[not(@hidden)][contains(., '" + typed + "')]")));
        waiting().until(d -> value("#" + comboId + " input") != null && value("#" + comboId + " input").contains(typed));
    }

    private long fixturesSubmit() {
        return submissions.submit(survey.questionnaireId(), List.of(FieldworkFixtures.valid(commune.code(),
                        FieldworkFixtures.answers(61)))).getFirst().responseId();
    }

    private boolean saved(String uuid, String name, Object expected) {
        return users.as("surveyor", () -> drafts.open(uuid)).map(d -> String.valueOf(expected)
                .equals(String.valueOf(d.answers().get(name)))).orElse(false);
    }

    private void phone() {
        phoneSize();
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390,
                "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    private void desktop() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        desktopSize();
    }

    private boolean shown(String id) {
        return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }

    private String value(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? null : found.getFirst().getDomProperty("value");
    }

    private void type(By field, String text) {
        WebElement input = waitFor(field);
        click(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
