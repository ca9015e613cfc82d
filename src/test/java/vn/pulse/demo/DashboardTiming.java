package vn.pulse.demo;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pulse.support.Chromium;
import vn.pulse.support.Percentile;

/**
 * The benchmark's browser phase: how long a leader waits, in headless Chromium, from asking for a
 * dashboard to its charts being drawn (the charts mark themselves {@code data-drawn="true"} once
 * ECharts has painted them). Times the leader's overview (headline sparklines) and the question
 * explorer (trend with band, the area and the group charts) of the benchmark's survey, signed in as the demo
 * leader, and the explorer once more for women only (its trend read from the raw answers: no month in the group
 * rollups); the first visit of each is cold, the rest warm.
 */
final class DashboardTiming {

    private static final Logger log = LoggerFactory.getLogger(DashboardTiming.class);
    private static final Duration POLL = Duration.ofMillis(10);

    private final String baseUrl;
    private final WebDriver driver;

    private DashboardTiming(String baseUrl, WebDriver driver) {
        this.baseUrl = baseUrl;
        this.driver = driver;
    }

    /** Figures per view, or the reason there are none (no Chromium installed). */
    static Map<String, Object> measure(String baseUrl, long survey, String question, int repeats) {
        Map<String, Object> figures = new LinkedHashMap<>();
        if (!Chromium.installed()) {
            figures.put("skipped", "Chromium not installed at " + Chromium.paths());
            return figures;
        }
        WebDriver driver = null;
        try {
            driver = Chromium.start();
            DashboardTiming timing = new DashboardTiming(baseUrl, driver);
            timing.signIn("leader", "demo");
            figures.put("overview", timing.time("/overview", "#headlines [data-drawn='true']", repeats));
            String explorer = "/explorer?survey=" + survey + "&question=" + question;
            String charts = "#trend-chart[data-drawn='true'], #area-chart[data-drawn='true'], #group-chart[data-drawn='true']";
            figures.put("explorer", timing.time(explorer, charts, repeats));
            // women only: the trend by month is not in the rollups and comes from the raw answers, in the background
            figures.put("explorerWomenOnly", timing.time(explorer + "&group=gioi_tinh%3Dnu", charts, repeats));
        } catch (Exception e) {
            log.warn("browser phase failed", e);
            figures.put("failed", String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        } finally {
            if (driver != null) {
                driver.quit();
            }
        }
        return figures;
    }

    private void signIn(String username, String password) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        Chromium.signIn(driver, wait, baseUrl, username, password);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /**
     * Milliseconds from asking for the page to every chart matched by {@code drawn} being drawn
     * (at least one; all of them when the selector lists several).
     */
    private Map<String, Object> time(String path, String drawn, int repeats) {
        int expected = drawn.split(",").length;
        double[] millis = new double[repeats];
        double cold = 0;
        for (int i = -1; i < repeats; i++) {
            driver.get("about:blank");
            long start = System.nanoTime();
            driver.get(baseUrl + path);
            new WebDriverWait(driver, Duration.ofSeconds(60), POLL)
                    .until(d -> d.findElements(By.cssSelector(drawn)).size() >= expected);
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (i < 0) {
                cold = elapsed;
            } else {
                millis[i] = elapsed;
            }
        }
        Arrays.sort(millis);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("coldMillis", cold);
        figures.put("runs", repeats);
        figures.put("p50Millis", Percentile.nearestRank(millis, 0.50));
        figures.put("p95Millis", Percentile.nearestRank(millis, 0.95));
        figures.put("maxMillis", millis[millis.length - 1]);
        log.info("browser {}: {}", path, figures);
        return figures;
    }
}
