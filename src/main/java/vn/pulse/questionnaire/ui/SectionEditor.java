package vn.pulse.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.LocalizedText;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.Section;

/** Adds or edits a section: its title in both languages, its name, and when it is asked. */
class SectionEditor extends Dialog {

    SectionEditor(Section existing, FormDefinition draft, Consumer<Section> saved) {
        setHeaderTitle(getTranslation(existing == null ? "questionnaire.designer.addSection" : "questionnaire.designer.editSection"));
        setWidth("min(40em, 95vw)");
        TextField vi = new TextField(getTranslation("questionnaire.designer.titleVi"));
        vi.setId("section-label-vi");
        vi.setRequired(true);
        TextField en = new TextField(getTranslation("questionnaire.designer.titleEn"));
        en.setId("section-label-en");
        TextField name = new TextField(getTranslation("questionnaire.designer.sectionName"));
        name.setId("section-name");
        name.setHelperText(getTranslation("questionnaire.designer.nameHelp"));
        Set<String> names = new HashSet<>(draft.questions().stream().map(Question::name).toList());
        draft.questions().forEach(q -> q.items().forEach(i -> names.add(i.name())));
        ExpressionField relevant = new ExpressionField(getTranslation("questionnaire.designer.relevant"),
                getTranslation("questionnaire.designer.relevantHelp"), false, names);
        relevant.setId("section-relevant");
        if (existing != null) {
            vi.setValue(orEmpty(existing.label().get("vi")));
            en.setValue(orEmpty(existing.label().get("en")));
            name.setValue(existing.name());
            relevant.setValue(orEmpty(existing.relevant()));
        } else {
            vi.addValueChangeListener(e -> {
                if (name.isEmpty() || name.getValue().equals(Names.suggest(e.getOldValue()))) {
                    name.setValue(Names.suggest(e.getValue()));
                }
            });
        }
        FormLayout form = new FormLayout(vi, en, name, relevant);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (relevant.check()) {
                saved.accept(new Section(name.getValue(), LocalizedText.of(vi.getValue(), en.getValue()),
                        relevant.getValue(), existing == null ? List.of() : existing.questions()));
                close();
            }
        });
        save.setId("section-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
