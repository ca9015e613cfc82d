package vn.pulse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pulse.base.security.SystemUser;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.QuestionType;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.QuestionnaireSummary;
import vn.pulse.questionnaire.VersionStatus;
import vn.pulse.support.BrowserTest;

/**
 * An administrator builds a three-question questionnaire with a skip rule in the designer,
 * previews it as a surveyor would see it, publishes it; editing it afterwards creates version 2.
 */
class QuestionnaireDesignerJourneyIT extends BrowserTest {

    @Autowired
    QuestionnaireService questionnaires;

    @Test
    void an_admin_builds_previews_and_publishes_a_questionnaire_and_editing_it_makes_version_2() {
        signIn("admin", "demo");
        waitFor(By.id("admin-home"));
        open("/admin/questionnaires");
        waitFor(By.id("new-questionnaire")).click();
        type(By.cssSelector("#new-title input"), "Khảo sát việc làm thanh niên");
        type(By.cssSelector("#new-code input"), "viec_lam_thanh_nien");
        waitFor(By.id("new-create")).click();
        waitForText(By.id("designer-version"), "v1 · Bản nháp");

        addQuestion(null, "Anh/chị có việc làm không?", "co_viec_lam", "co | Có\nkhong | Không", null);
        addQuestion("Văn bản", "Nghề nghiệp hiện nay là gì?", "nghe_nghiep", null, "${co_viec_lam} = 'co'");
        addQuestion("Số nguyên", "Anh/chị bao nhiêu tuổi?", "tuoi", null, null);
        assertThat(waitFor(By.id("question-nghe_nghiep")).getText()).contains("hỏi khi ${co_viec_lam} = 'co'");
        screenshot("questionnaire-designer");

        waitFor(By.id("designer-preview")).click();
        waitFor(By.id("q-co_viec_lam"));
        assertThat(shown("q-nghe_nghiep")).isFalse();
        chooseRadio("input-co_viec_lam", "Có");
        waiting().until(d -> shown("q-nghe_nghiep"));
        screenshot("questionnaire-preview-yes");
        chooseRadio("input-co_viec_lam", "Không");
        waiting().until(d -> !shown("q-nghe_nghiep"));
        phoneSize();
        screenshot("questionnaire-preview-phone");
        desktopSize();
        driver.findElement(By.id("form-next")).click();
        waitFor(By.id("preview-done"));
        driver.findElement(By.id("preview-close")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("preview-form")));

        waitFor(By.id("designer-publish")).click();
        waitForText(By.id("designer-version"), "v1 · Đã công bố");
        waitFor(By.id("published-banner"));
        long id = SystemUser.call(() -> questionnaires.list(false).stream()
                .filter(q -> q.code().equals("viec_lam_thanh_nien")).findFirst().orElseThrow().id());
        FormDefinition v1 = SystemUser.call(() -> questionnaires.currentPublished(id)).orElseThrow();
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.questions()).extracting(q -> q.name() + ":" + q.type())
                .containsExactly("co_viec_lam:" + QuestionType.SELECT_ONE, "nghe_nghiep:" + QuestionType.TEXT,
                        "tuoi:" + QuestionType.INTEGER);
        assertThat(v1.question("nghe_nghiep").orElseThrow().relevant()).isEqualTo("${co_viec_lam} = 'co'");

        waitFor(By.id("designer-new-version")).click();
        waitForText(By.id("designer-version"), "v2 · Bản nháp");
        FormDefinition v2 = SystemUser.call(() -> questionnaires.latest(id));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(v2.sameContent(v1)).isTrue();
        QuestionnaireSummary listed = SystemUser.call(() -> questionnaires.list(false)).stream()
                .filter(q -> q.id() == id).findFirst().orElseThrow();
        assertThat(listed.publishedVersion()).isEqualTo(1);
        driver.findElement(By.xpath("//vaadin-tab[normalize-space()='Thông tin chung']")).click();
        waitForText(By.id("version-history"), "Phiên bản 2");
        assertThat(driver.findElement(By.id("version-history")).getText()).contains("Phiên bản 1");
        screenshot("questionnaire-version-2");
    }

    /** Adds a question to the first section through the question dialog. */
    private void addQuestion(String typeLabel, String label, String name, String choices, String relevant) {
        waitFor(By.cssSelector("[id^='add-question-']")).click();
        waitFor(By.id("question-save"));
        if (typeLabel != null) {
            driver.findElement(By.id("question-type")).click();
            waitFor(By.xpath("//vaadin-select-item[normalize-space()='" + typeLabel + "']")).click();
        }
        type(By.cssSelector("#question-label-vi input"), label);
        type(By.cssSelector("#question-name input"), name);
        if (choices != null) {
            WebElement area = waitFor(By.cssSelector("#question-choices textarea"));
            area.click();
            area.sendKeys(Keys.chord(Keys.CONTROL, "a"), choices, Keys.TAB);
        }
        if (relevant != null) {
            driver.findElement(By.cssSelector("#question-logic vaadin-details-summary")).click();
            type(By.cssSelector("#question-relevant input"), relevant);
            screenshot("questionnaire-question-editor");
        }
        driver.findElement(By.id("question-save")).click();
        waitFor(By.id("question-" + name));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("question-save")));
    }

    /** Vaadin does not send a component that starts hidden to the browser at all; either way it is not shown. */
    private boolean shown(String id) {
        return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }

    private void type(By field, String text) {
        WebElement input = waitFor(field);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }
}
