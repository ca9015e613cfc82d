package vn.pulse.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.LocalizedText;

/** The questionnaire's title in both languages, whether it has an English version, and its versions to download. */
class InfoEditor extends FormLayout {

    /** @param versions a download link per version, oldest first */
    InfoEditor(FormDefinition draft, boolean editable, Consumer<FormDefinition> save, List<Anchor> versions) {
        TextField vi = new TextField(getTranslation("questionnaire.designer.titleVi"));
        vi.setId("info-title-vi");
        vi.setValue(SectionEditor.orEmpty(draft.title().get("vi")));
        TextField en = new TextField(getTranslation("questionnaire.designer.titleEn"));
        en.setValue(SectionEditor.orEmpty(draft.title().get("en")));
        TextField code = new TextField(getTranslation("questionnaire.new.code"));
        code.setValue(draft.code());
        code.setReadOnly(true);
        Checkbox english = new Checkbox(getTranslation("questionnaire.designer.hasEnglish"),
                draft.languages().contains("en"));
        Button saveButton = new Button(getTranslation("common.save"), e -> save.accept(draft.withContent(
                LocalizedText.of(vi.getValue(), en.getValue()), english.getValue() ? List.of("vi", "en") : List.of("vi"),
                draft.sections())));
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setId("info-save");
        vi.setReadOnly(!editable);
        en.setReadOnly(!editable);
        english.setReadOnly(!editable);
        add(vi, en, code, english);
        if (editable) {
            add(saveButton);
        }
        Div history = new Div(new H4(getTranslation("questionnaire.designer.versions")));
        versions.forEach(history::add);
        history.setId("version-history");
        add(history);
        setColspan(history, 2);
    }
}
