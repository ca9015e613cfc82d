package vn.pulse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pulse.account.AccountService;
import vn.pulse.account.UserDraft;
import vn.pulse.base.Formats;
import vn.pulse.base.security.Role;
import vn.pulse.base.security.SystemUser;
import vn.pulse.opinion.Direction;
import vn.pulse.opinion.OpinionReport;
import vn.pulse.opinion.OpinionReportService;
import vn.pulse.opinion.OpinionReviewService;
import vn.pulse.opinion.ReportInput;
import vn.pulse.opinion.ReportKind;
import vn.pulse.opinion.ReportStatus;
import vn.pulse.opinion.ReportSummary;
import vn.pulse.opinion.StreamInput;
import vn.pulse.support.BrowserTest;
import vn.pulse.support.TestUsers;

/**
 * At phone size: the demo collaborator files a periodic report with two opinion streams, reloads
 * halfway and finds the draft intact, submits; the demo supervisor returns it with a comment; the
 * collaborator fixes and resubmits; the supervisor approves.
 */
class OpinionReportJourneyIT extends BrowserTest {

    @Autowired
    OpinionReportService reports;

    @Autowired
    OpinionReviewService review;

    @Autowired
    AccountService accounts;

    @Test
    void a_collaborator_files_a_report_that_is_returned_fixed_and_approved() {
        phone();
        YearMonth month = YearMonth.now(Formats.ZONE);
        signIn("surveyor", "demo");
        waitFor(By.id("my-work"));
        waitFor(By.cssSelector("vaadin-drawer-toggle")).click();
        click(waitFor(By.xpath("//vaadin-side-nav-item[contains(., 'Báo cáo dư luận')]")));
        click(waitFor(By.id("start-" + month)));
        waitFor(By.id("stream-0-topic"));
        screenshot("opinion-01-new-report");

        chooseTopic(0, "xăng", "Giá cả, xăng dầu, điện");
        choose(0, "direction", "Phản đối");
        choose(0, "valence", "Tiêu cực");
        choose(0, "intensity", "4 – Bức xúc");
        choose(0, "breadth", "Đa số");
        tick(0, "holderGroups", "Nông dân");
        tick(0, "holderGroups", "Công nhân");
        tick(0, "moods", "Lo lắng");
        choose(0, "sourceType", "Mạng xã hội");
        type(0, "summary", "Nhiều người lo giá xăng tăng kéo theo giá phân bón.");
        waitSaved(r -> r.streams().size() == 1 && r.streams().getFirst().summary() != null
                && r.streams().getFirst().sourceType() != null);

        click(waitFor(By.id("add-stream")));
        chooseTopic(1, "y te", "Y tế và bảo hiểm y tế");
        choose(1, "direction", "Tán thành, đồng tình");
        waitSaved(r -> r.streams().size() == 2 && r.streams().get(1).direction() == Direction.APPROVE);
        screenshot("opinion-02-halfway");

        driver.navigate().refresh();
        present(By.id("stream-1-topic"));
        assertThat(value("#stream-0-summary")).isEqualTo("Nhiều người lo giá xăng tăng kéo theo giá phân bón.");
        assertThat(value("#stream-0-topic")).contains("Giá cả, xăng dầu, điện");
        assertThat(value("#stream-1-topic")).contains("Y tế và bảo hiểm y tế");
        assertThat(checked("stream-1-direction")).containsExactly("Tán thành, đồng tình");
        assertThat(checked("stream-0-holderGroups")).containsExactlyInAnyOrder("Nông dân", "Công nhân");
        screenshot("opinion-03-after-reload");

        choose(1, "valence", "Tích cực");
        choose(1, "intensity", "2 – Quan tâm");
        choose(1, "breadth", "Số đông");
        tick(1, "holderGroups", "Hưu trí");
        choose(1, "sourceType", "Hội họp");
        type(1, "summary", "Người dân đồng tình với việc cấp thẻ bảo hiểm y tế cho người cao tuổi.");
        waitSaved(r -> r.streams().get(1).summary() != null);
        click(waitFor(By.id("submit-report")));
        waiting().until(ExpectedConditions.urlMatches(".*/opinion$"));
        waitForText(By.id("my-opinion-reports"), "Chờ duyệt");
        screenshot("opinion-04-submitted");
        long id = periodicReport(month).id();

        signIn("supervisor", "demo");
        waitFor(By.id("supervision"));
        open("/opinion/review");
        click(waitFor(By.id("review-" + id)));
        waitForText(By.id("report-details"), "Nhiều người lo giá xăng tăng");
        screenshot("opinion-05-review");
        click(waitFor(By.id("review-return")));
        waitForText(By.id("review-comment"), "Cần ghi lý do");
        waitFor(By.cssSelector("#review-comment textarea")).sendKeys("Ghi rõ xã nào có nhiều ý kiến.");
        click(waitFor(By.id("review-return")));
        waitFor(By.id("review-queue"));

        signIn("surveyor", "demo");
        open("/opinion");
        waitForText(By.id("my-opinion-reports"), "Ghi rõ xã nào có nhiều ý kiến.");
        click(waitFor(By.id("open-" + periodicReport(month).uuid())));
        waitForText(By.id("review-comment-banner"), "Ghi rõ xã nào");
        type(1, "proposals", "Đề nghị tuyên truyền chính sách đến từng thôn.");
        waitSaved(r -> r.streams().get(1).proposals() != null);
        screenshot("opinion-06-fixing");
        click(waitFor(By.id("submit-report")));
        waiting().until(ExpectedConditions.urlMatches(".*/opinion$"));

        signIn("supervisor", "demo");
        waitFor(By.id("supervision"));
        open("/opinion/review/" + id);
        waitForText(By.id("report-details"), "Đề nghị tuyên truyền chính sách");
        click(waitFor(By.id("review-approve")));
        waitFor(By.id("review-queue"));
        screenshot("opinion-07-approved");
        assertThat(periodicReport(month).status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(users.as("supervisor", () -> review.open(id)).orElseThrow().streams()).hasSize(2);
    }

    @Test
    void the_review_list_names_a_single_line_collaborator_to_their_handler_only() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        desktopSize();
        String handler = users.ensure("ui-handler-08", Role.SUPERVISOR, "08");
        long handlerId = SystemUser.call(() -> accounts.list(Role.SUPERVISOR)).stream()
                .filter(u -> u.username().equals(handler)).findFirst().orElseThrow().id();
        SystemUser.run(() -> {
            if (accounts.list(Role.SURVEYOR).stream().noneMatch(u -> u.username().equals("ui-single-line-08"))) {
                accounts.create(new UserDraft("ui-single-line-08", "Hoàng Thị Kín", Role.SURVEYOR, "08",
                        TestUsers.PASSWORD, true, handlerId));
            }
        });
        long id = users.as("ui-single-line-08", () -> reports.submit(new ReportInput(UUID.randomUUID().toString(),
                "urgent", null, "Tin đồn thu hồi đất", "08", List.of(new StreamInput("dat_dai", "ban_khoan", "tieu_cuc", 3,
                        "mot_so", List.of("nong_dan"), List.of(), null, null, "truc_tiep", true,
                        "Có tin đồn thu hồi đất làm đường.", null))))).reportId();

        signIn("supervisor", "demo");
        waitFor(By.id("supervision"));
        open("/opinion/review");
        waitFor(By.id("review-status")).click();
        waitFor(By.xpath("//vaadin-select-item[normalize-space()='Tất cả']")).click();
        WebElement seenByOther = waitFor(By.id("review-" + id));
        assertThat(seenByOther.getText()).contains("Cộng tác viên đơn tuyến").doesNotContain("Hoàng Thị Kín");
        screenshot("opinion-08-single-line-hidden");

        signIn(handler, TestUsers.PASSWORD);
        open("/opinion/review");
        assertThat(waitFor(By.id("review-" + id)).getText()).contains("Hoàng Thị Kín");
    }

    /**
     * A real 390 × 844 phone viewport: headless Chromium keeps windows at least 500 px wide, so
     * resizing the window alone leaves a wider page than a phone shows.
     */
    private void phone() {
        phoneSize();
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390,
                "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    private ReportSummary periodicReport(YearMonth month) {
        return users.as("surveyor", () -> reports.myReports()).stream()
                .filter(r -> r.kind() == ReportKind.PERIODIC && r.period().equals(month)).findFirst().orElseThrow();
    }

    private void chooseTopic(int stream, String typed, String label) {
        WebElement input = present(By.cssSelector("#stream-" + stream + "-topic input"));
        click(input);
        input.sendKeys(typed);
        click(waitFor(By.xpath("//vaadin-combo-box-item[not(@hidden)][contains(., '" + label + "')]")));
        waiting().until(d -> value("#stream-" + stream + "-topic").contains(label));
    }

    private void choose(int stream, String field, String label) {
        click(present(By.xpath("//vaadin-radio-group[@id='stream-" + stream + "-" + field
                + "']//vaadin-radio-button[normalize-space(.)='" + label + "']//label")));
    }

    private void tick(int stream, String field, String label) {
        click(present(By.xpath("//vaadin-checkbox-group[@id='stream-" + stream + "-" + field
                + "']//vaadin-checkbox[normalize-space(.)='" + label + "']//label")));
    }

    private void type(int stream, String field, String text) {
        WebElement area = present(By.cssSelector("#stream-" + stream + "-" + field + " textarea"));
        click(area);
        area.sendKeys(text);
        area.sendKeys(Keys.TAB);
    }

    /** Waits until the draft on the server holds what was just entered: autosave, no button pressed. */
    private void waitSaved(Predicate<OpinionReport> saved) {
        String uuid = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        waiting().until(d -> users.as("surveyor", () -> reports.mine(uuid)).filter(saved).isPresent());
        waiting().until(d -> d.findElement(By.id("autosave-status")).getDomProperty("textContent")
                .startsWith("Đã lưu nháp lúc"));
    }

    private String value(String css) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "const e = document.querySelector(arguments[0]); return e.inputElement ? e.inputElement.value : e.value;", css));
    }

    @SuppressWarnings("unchecked")
    private List<String> checked(String groupId) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return Array.from(document.querySelectorAll("
                + "'#' + arguments[0] + ' [checked]')).map(e => e.textContent.trim());", groupId);
    }

    /**
     * An element that is on the page, though perhaps scrolled out of sight: Selenium counts what
     * lies above the scrolled app layout as hidden, so wait for presence and let {@link #click} scroll.
     */
    private WebElement present(By by) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
    }
}
