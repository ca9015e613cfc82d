package vn.pulse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pulse.base.security.SystemUser;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.SamplingPlan;
import vn.pulse.questionnaire.xlsform.XlsFormFiles;
import vn.pulse.support.BrowserTest;

/** An administrator starts from a built-in template, plans the sample, and imports an XLSForm file. */
class QuestionnaireTemplatesJourneyIT extends BrowserTest {

    @Autowired
    QuestionnaireService questionnaires;

    @Test
    void a_template_becomes_a_draft_with_its_sampling_plan_and_the_report_form_fills_on_a_phone() {
        signIn("admin", "demo");
        waitFor(By.id("admin-home"));
        open("/admin/questionnaires");
        waitFor(By.id("new-questionnaire")).click();
        waitFor(By.xpath("//*[@id='new-start']//vaadin-radio-button[normalize-space()='Tạo từ mẫu có sẵn']//label")).click();
        WebElement template = waitFor(By.cssSelector("#new-template input"));
        template.click();
        template.sendKeys("Báo cáo tình hình");
        waitFor(By.xpath("//vaadin-combo-box-item[contains(., 'Báo cáo tình hình')]")).click();
        waiting().until(d -> d.findElement(By.cssSelector("#new-code input")).getDomProperty("value")
                .equals("bao_cao_du_luan_dinh_ky"));
        WebElement code = driver.findElement(By.cssSelector("#new-code input"));
        code.click();
        code.sendKeys(Keys.chord(Keys.CONTROL, "a"), "bao_cao_ctv_tuyen_quang", Keys.TAB);
        screenshot("questionnaire-new-from-template");
        driver.findElement(By.id("new-create")).click();
        waitFor(By.id("section-luong_3"));
        assertThat(driver.findElement(By.id("question-muc_lan_toa_1")).getText()).contains("Mức độ lan tỏa");
        screenshot("questionnaire-template-designer");

        driver.findElement(By.xpath("//vaadin-tab[normalize-space()='Kế hoạch chọn mẫu']")).click();
        waitFor(By.id("plan-save"));
        screenshot("questionnaire-sampling-plan");

        phoneSize();
        driver.findElement(By.xpath("//vaadin-tab[normalize-space()='Câu hỏi']")).click();
        waitFor(By.id("designer-preview")).click();
        waitFor(By.id("q-loai_bao_cao"));
        screenshot("questionnaire-report-phone");
        WebElement next = driver.findElement(By.id("form-next"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", next);
        next.click();
        waitFor(By.cssSelector("#q-loai_bao_cao [invalid]"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                driver.findElement(By.id("q-loai_bao_cao")));
        screenshot("questionnaire-report-phone-errors");
        desktopSize();
        driver.findElement(By.id("preview-close")).click();

        waitFor(By.id("designer-copy")).click();
        WebElement copyCode = waitFor(By.cssSelector("#copy-code input"));
        copyCode.click();
        copyCode.sendKeys(Keys.chord(Keys.CONTROL, "a"), "bao_cao_ctv_ha_noi", Keys.TAB);
        driver.findElement(By.id("copy-create")).click();
        waitForText(By.id("questionnaire-designer"), "Mã: bao_cao_ctv_ha_noi");
        waitFor(By.id("designer-archive")).click();
        waitForText(By.id("questionnaire-designer"), "Đã lưu trữ");
        assertThat(SystemUser.call(() -> questionnaires.list(false)).stream()
                .noneMatch(q -> q.code().equals("bao_cao_ctv_ha_noi"))).isTrue();
        assertThat(SystemUser.call(() -> questionnaires.list(true)).stream()
                .anyMatch(q -> q.code().equals("bao_cao_ctv_ha_noi") && q.archived())).isTrue();
    }

    @Test
    void an_xlsform_file_is_uploaded_into_a_new_questionnaire() throws Exception {
        Path file = Files.createTempFile("phieu", ".xlsx");
        Files.write(file, XlsFormFiles.simple("tu_xlsform_ui", "${tuoi} >= 18"));
        signIn("admin", "demo");
        waitFor(By.id("admin-home"));
        open("/admin/questionnaires");
        waitFor(By.id("import-xlsform")).click();
        WebElement upload = waitFor(By.id("xlsform-upload"));
        WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(file.toAbsolutePath().toString());
        waitFor(By.id("question-nghe"));
        assertThat(driver.findElement(By.id("question-nghe")).getText()).contains("${tuoi} >= 18");
        long id = SystemUser.call(() -> questionnaires.list(false).stream()
                .filter(q -> q.code().equals("tu_xlsform_ui")).findFirst().orElseThrow().id());
        assertThat(SystemUser.call(() -> questionnaires.latest(id)).samplingPlan())
                .isEqualTo(SamplingPlan.NONPROBABILITY);
    }
}
