package vn.pulse.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import vn.pulse.area.AreaService;
import vn.pulse.base.Formats;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.FormEvaluation;
import vn.pulse.questionnaire.form.FormView;

/**
 * The questionnaire exactly as a surveyor will see it, in Vietnamese or English, with its logic
 * live; finishing shows the answers as the server would store them.
 */
class PreviewDialog extends Dialog {

    private final FormDefinition form;
    private final AreaService areas;
    private final Div body = new Div();

    PreviewDialog(FormDefinition form, AreaService areas) {
        this.form = form;
        this.areas = areas;
        setId("preview-dialog");
        setHeaderTitle(getTranslation("questionnaire.preview.title"));
        setWidth("min(48em, 100vw)");
        setMaxHeight("100vh");
        Select<String> language = new Select<>();
        language.setId("preview-language");
        language.setItems(form.languages());
        language.setItemLabelGenerator(l -> "en".equals(l) ? "English" : "Tiếng Việt");
        language.setValue(form.languages().contains(getLocale().getLanguage()) ? getLocale().getLanguage()
                : form.defaultLanguage());
        language.addValueChangeListener(e -> show(e.getValue()));
        language.setAriaLabel(getTranslation("questionnaire.preview.language"));
        Button close = new Button(getTranslation("common.close"), e -> close());
        close.setId("preview-close");
        add(language, body);
        getFooter().add(close);
        show(language.getValue());
    }

    private void show(String language) {
        body.removeAll();
        FormView view = new FormView(form, language, areas, LocalDate.now(Formats.ZONE));
        view.setId("preview-form");
        view.onFinish(this::showResult);
        body.add(view);
    }

    private void showResult(FormEvaluation evaluation) {
        body.removeAll();
        Paragraph done = new Paragraph(getTranslation("questionnaire.preview.done"));
        done.setId("preview-done");
        UnorderedList answers = new UnorderedList();
        evaluation.answers().forEach((name, value) -> answers.add(new ListItem(name + " = " + value)));
        Button again = new Button(getTranslation("questionnaire.preview.again"), e -> show(form.defaultLanguage()));
        body.add(done, answers, again);
    }
}
