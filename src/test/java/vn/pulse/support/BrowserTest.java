package vn.pulse.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Selenium journeys in a real headless Chromium (Debian's chromium and chromium-driver), one
 * browser per test class. Without Chromium the tests are skipped on a developer's machine but
 * fail on CI ({@code CI=true}).
 */
public abstract class BrowserTest extends IntegrationTest {

    protected static WebDriver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean available = Chromium.installed();
        if (!available && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but Chromium or chromedriver is missing at " + Chromium.paths());
        }
        Assumptions.assumeTrue(available, "Chromium not installed (apt-get install chromium chromium-driver): browser tests skipped");
        driver = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    protected void open(String path) {
        driver.get(baseUrl() + path);
    }

    protected WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    protected WebElement waitFor(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected void waitForText(By by, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * Signs in through the login form, starting from a signed-out browser, and waits for the answer
     * (the page after it, or the form's error): a page opened before it would race the sign-in.
     */
    protected void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        Chromium.signIn(driver, waiting(), baseUrl(), username, password);
        waiting().until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    /** The visible text of the element with this id. */
    protected String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** Types into a Vaadin combo box and clicks the offered item that contains {@code typed}. */
    protected void choose(String id, String typed) {
        WebElement input = waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed);
        By item = By.xpath("//vaadin-combo-box-item[contains(normalize-space(.), '" + typed + "')]");
        waiting().until(d -> d.findElements(item).stream().anyMatch(WebElement::isDisplayed));
        driver.findElements(item).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
    }

    /** Types a date (dd/MM/yyyy) into a Vaadin date picker. */
    protected void typeDate(String id, String date) {
        waitFor(By.cssSelector("#" + id + " input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), date, Keys.ENTER);
    }

    /** Empties a Vaadin combo box: its value becomes empty. */
    protected void clear(String id) {
        waitFor(By.cssSelector("#" + id + " input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.ENTER);
    }

    /** Clicks the option labelled {@code label} of a Vaadin radio group. */
    protected void chooseRadio(String groupId, String label) {
        WebElement option = waitFor(By.xpath("//*[@id='" + groupId + "']//vaadin-radio-button[normalize-space()='" + label
                + "']//label"));
        scrollTo(option);
        option.click();
    }

    /** Waits until an ECharts chart says it has drawn; on failure keeps a screenshot of what was there. */
    protected void drawn(String id) {
        try {
            waiting().until(d -> "true".equals(d.findElement(By.id(id)).getAttribute("data-drawn")));
        } catch (TimeoutException e) {
            screenshot("failed-" + id);
            throw e;
        }
    }

    /** Scrolls an element to the middle of the window, e.g. before a screenshot. */
    protected void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    protected void phoneSize() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    protected void desktopSize() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** Saves a PNG under target/screenshots for people to review. */
    protected void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
