package vn.pulse.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.LongConsumer;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.QuestionnaireService;

/** Copies a questionnaire's newest version (and its sampling plan) into a new questionnaire under a new code. */
class CopyDialog extends Dialog {

    CopyDialog(QuestionnaireService questionnaires, FormDefinition original, LongConsumer opened) {
        setHeaderTitle(getTranslation("questionnaire.copy.title"));
        setWidth("min(32em, 95vw)");
        TextField code = new TextField(getTranslation("questionnaire.new.code"));
        code.setId("copy-code");
        code.setValue(original.code() + "_ban_sao");
        code.setHelperText(getTranslation("questionnaire.new.codeHelp"));
        code.setWidthFull();
        add(new Paragraph(getTranslation("questionnaire.copy.help", original.version())), code);
        Button copy = new Button(getTranslation("questionnaire.copy.action"), e -> {
            FormDefinition made = questionnaires.copy(original.questionnaireId(), code.getValue().strip());
            close();
            opened.accept(made.questionnaireId());
        });
        copy.setId("copy-create");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), copy);
    }
}
