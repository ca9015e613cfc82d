package vn.pulse.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and chromedriver, started the one way that works on these machines
 * (no background networking: the closed network refuses it). Selenium Manager never runs: the
 * driver path is given. {@code CHROMIUM_BIN} and {@code CHROMEDRIVER_BIN} override the paths.
 */
public final class Chromium {

    private static final File BINARY = new File(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    private static final File DRIVER = new File(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    public static boolean installed() {
        return BINARY.canExecute() && DRIVER.canExecute();
    }

    public static String paths() {
        return BINARY + ", " + DRIVER;
    }

    /** Fills and sends the login form at {@code baseUrl}/login, waiting for it with {@code wait}. */
    public static void signIn(WebDriver driver, WebDriverWait wait, String baseUrl, String username, String password) {
        driver.get(baseUrl + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    /** A new browser with an empty profile, 1280×900, Vietnamese first. */
    public static ChromeDriver start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=vi",
                "--user-data-dir=" + Files.createTempDirectory("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
