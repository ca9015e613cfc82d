package vn.pulse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.pulse.support.BrowserTest;

/** People sign in with the demo accounts, land on their role's home, and switch language. */
class SignInJourneyIT extends BrowserTest {

    @Test
    void each_role_lands_on_its_own_home_with_only_its_own_menu() {
        assertHome("admin", "admin-home", "/admin");
        assertThat(menuText()).contains("Địa bàn", "Tài khoản", "Nhật ký hệ thống").doesNotContain("Việc của tôi");
        assertHome("supervisor", "supervision", "/supervision");
        assertThat(menuText()).doesNotContain("Địa bàn", "Nhật ký hệ thống");
        assertHome("surveyor", "my-work", "/my-work");
        assertThat(menuText()).contains("Việc của tôi").doesNotContain("Địa bàn", "Tổng quan dư luận", "Quản trị");
        assertHome("leader", "overview", "/overview");
        assertThat(menuText()).contains("Tổng quan").doesNotContain("Địa bàn", "Việc của tôi");
        screenshot("leader-home");
    }

    @Test
    void a_surveyor_cannot_open_administrator_or_leader_views() {
        assertHome("surveyor", "my-work", "/my-work");
        for (String path : new String[] {"/admin/users", "/admin/audit", "/overview"}) {
            open(path);
            waiting().until(d -> !d.getCurrentUrl().endsWith("/login"));
            waitFor(By.tagName("body"));
            assertThat(driver.findElements(By.id("users-grid"))).isEmpty();
            assertThat(driver.findElements(By.id("audit-grid"))).isEmpty();
            assertThat(driver.findElements(By.id("overview"))).isEmpty();
        }
    }

    @Test
    void a_wrong_password_shows_a_clear_message_in_vietnamese() {
        signIn("admin", "not-the-password");
        waiting().until(ExpectedConditions.urlContains("error"));
        waitForText(By.tagName("vaadin-login-form"), "Tên đăng nhập hoặc mật khẩu không đúng");
    }

    @Test
    void the_language_switch_turns_the_interface_into_english_and_back() {
        assertHome("leader", "overview", "/overview");
        waitForText(By.id("sign-out"), "Đăng xuất");
        choose("English");
        waitForText(By.id("sign-out"), "Sign out");
        assertThat(menuText()).contains("Overview");
        choose("Tiếng Việt");
        waitForText(By.id("sign-out"), "Đăng xuất");
    }

    private void assertHome(String username, String viewId, String path) {
        signIn(username, "demo");
        waitFor(By.id(viewId));
        assertThat(driver.getCurrentUrl()).endsWith(path);
    }

    private String menuText() {
        return waitFor(By.id("main-menu")).getText();
    }

    private void choose(String language) {
        waitFor(By.id("language-switch")).click();
        waitFor(By.xpath("//vaadin-select-item[normalize-space()='" + language + "']")).click();
    }
}
