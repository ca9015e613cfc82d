package vn.pulse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pulse.base.security.Role;
import vn.pulse.support.BrowserTest;
import vn.pulse.support.TestUsers;

/**
 * The administrator's demo-data page follows a run in the background to its end. The run works in
 * province 92 in 2018 without opinion reports, where no other test looks.
 */
class DemoDataViewIT extends BrowserTest {

    @Autowired
    DemoDataService demo;

    @Test
    void the_page_follows_a_background_run_until_it_is_done_and_shows_what_it_made() {
        DemoPlan plan = new DemoPlan(300, 5, LocalDate.of(2018, 12, 31), 12, List.of("92"), "92", "92", "demo_ui",
                "uidemo", false, false);
        asSystem(() -> demo.start(plan));

        signIn("admin", "demo");
        waitFor(By.id("admin-home"));
        open("/admin/demo-data");
        waitFor(By.id("demo-data"));
        assertThat(driver.findElement(By.id("demo-start")).getText()).isEqualTo("Tạo dữ liệu");
        waitForText(By.id("demo-status"), "Hoàn thành");
        screenshot("demo-data-done");

        assertThat(driver.findElement(By.id("demo-result")).getText()).contains("Phiếu mới").contains("300");
        assertThat(driver.findElement(By.id("demo-start")).isEnabled()).isTrue();
    }

    @Test
    void only_administrators_see_the_page() {
        String leader = users.ensure("demo-leader", Role.LEADER, null);

        signIn(leader, TestUsers.PASSWORD);
        String menu = waitFor(By.id("main-menu")).getText();
        open("/admin/demo-data");
        waiting().until(d -> !d.getCurrentUrl().endsWith("/login"));
        waitFor(By.tagName("body"));

        assertThat(menu).doesNotContain("Dữ liệu mẫu");
        assertThat(driver.findElements(By.id("demo-data"))).isEmpty();
    }
}
