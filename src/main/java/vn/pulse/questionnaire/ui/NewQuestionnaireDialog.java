package vn.pulse.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.LongConsumer;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.LocalizedText;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.QuestionnaireTemplates;
import vn.pulse.questionnaire.QuestionnaireTemplates.Template;

/** Starts a questionnaire: blank, or from one of the built-in templates ("Tạo từ mẫu"). */
class NewQuestionnaireDialog extends Dialog {

    NewQuestionnaireDialog(QuestionnaireService questionnaires, QuestionnaireTemplates templates, LongConsumer opened) {
        setHeaderTitle(getTranslation("questionnaire.list.create"));
        setWidth("min(40em, 95vw)");
        RadioButtonGroup<Boolean> start = new RadioButtonGroup<>(getTranslation("questionnaire.new.start"));
        start.setItems(false, true);
        start.setItemLabelGenerator(fromTemplate -> getTranslation(fromTemplate ? "questionnaire.new.fromTemplate"
                : "questionnaire.new.blank"));
        start.setValue(false);
        start.setId("new-start");
        ComboBox<Template> template = new ComboBox<>(getTranslation("questionnaire.new.template"));
        template.setItems(templates.list());
        template.setItemLabelGenerator(t -> t.definition().title().in(getLocale(), "vi"));
        template.setId("new-template");
        template.setVisible(false);
        TextField title = new TextField(getTranslation("questionnaire.new.title"));
        title.setId("new-title");
        title.setRequired(true);
        TextField code = new TextField(getTranslation("questionnaire.new.code"));
        code.setId("new-code");
        code.setHelperText(getTranslation("questionnaire.new.codeHelp"));
        code.setRequired(true);
        title.addValueChangeListener(e -> {
            if (e.isFromClient() && (code.isEmpty() || code.getValue().equals(Names.suggest(e.getOldValue())))) {
                code.setValue(Names.suggest(e.getValue()));
            }
        });
        start.addValueChangeListener(e -> template.setVisible(Boolean.TRUE.equals(e.getValue())));
        template.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                title.setValue(e.getValue().definition().title().in(getLocale(), "vi"));
                code.setValue(e.getValue().definition().code());
            }
        });
        FormLayout form = new FormLayout(start, template, title, code);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button create = new Button(getTranslation("questionnaire.new.create"), e -> {
            FormDefinition made = Boolean.TRUE.equals(start.getValue()) && template.getValue() != null
                    ? templates.instantiate(template.getValue().id(), code.getValue().strip())
                    : questionnaires.createBlank(code.getValue().strip(), LocalizedText.of(title.getValue()));
            close();
            opened.accept(made.questionnaireId());
        });
        create.setId("new-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), create);
    }
}
