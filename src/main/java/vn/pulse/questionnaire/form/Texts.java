package vn.pulse.questionnaire.form;

import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.LocalizedText;
import vn.pulse.questionnaire.Question;

/** The questionnaire's texts in the language the form is shown in, falling back to its default language. */
public record Texts(String language, String defaultLanguage) {

    public static Texts of(FormDefinition form, String language) {
        return new Texts(language, form.defaultLanguage());
    }

    public String of(LocalizedText text) {
        return text.in(language, defaultLanguage);
    }

    public String label(Question q) {
        return of(q.label());
    }
}
