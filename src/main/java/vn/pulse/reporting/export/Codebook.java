package vn.pulse.reporting.export;

import java.util.ArrayList;
import java.util.List;
import vn.pulse.base.i18n.Messages;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.Section;

/**
 * The codebook of an export: a line per column (its question, type, labels in Vietnamese and
 * English, when it is asked) followed by a line per labelled value (option names or codes with
 * their labels), so that the data can be read without Pulse.
 */
public final class Codebook {

    public static final List<String> HEADER = List.of("column", "question", "type", "label_vi", "label_en", "value",
            "value_label_vi", "value_label_en", "relevant", "required", "section");

    private Codebook() {
    }

    public static List<List<String>> rows(ExportColumns columns) {
        FormDefinition form = columns.form();
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ExportColumns.Column c : columns.columns()) {
            if (c.kind() == ExportColumns.Kind.META) {
                rows.add(List.of(c.name(), "", "meta",
                        Messages.get("reporting.export.meta." + c.name(), Messages.VIETNAMESE),
                        Messages.get("reporting.export.meta." + c.name(), Messages.ENGLISH), "", "", "", "", "", ""));
                continue;
            }
            Question q = c.question();
            Section section = section(form, q);
            rows.add(List.of(c.name(), q.name(), q.type().word() + (c.kind() == ExportColumns.Kind.FLAG ? " (0/1)" : ""),
                    label(c, "vi", form), label(c, "en", form), "", "", "", relevance(section, q),
                    q.required() ? "yes" : "no", section == null ? "" : section.name()));
            List<Choice> values = c.values();
            for (int k = 0; k < values.size(); k++) {
                Choice v = values.get(k);
                String code = c.kind() == ExportColumns.Kind.CHOICE ? v.name() + " = " + (k + 1) : v.name();
                rows.add(List.of(c.name(), "", "", "", "", code, ExportColumns.text(v.label(), "vi"),
                        ExportColumns.text(v.label(), "en"), "", "", ""));
            }
            if (c.kind() == ExportColumns.Kind.FLAG) {
                rows.add(List.of(c.name(), "", "", "", "", "0", Messages.get("reporting.export.no", Messages.VIETNAMESE),
                        Messages.get("reporting.export.no", Messages.ENGLISH), "", "", ""));
                rows.add(List.of(c.name(), "", "", "", "", "1", Messages.get("reporting.export.yes", Messages.VIETNAMESE),
                        Messages.get("reporting.export.yes", Messages.ENGLISH), "", "", ""));
            }
        }
        return rows;
    }

    private static String label(ExportColumns.Column c, String language, FormDefinition form) {
        String question = ExportColumns.text(c.question().label(), language);
        if (c.option() == null || question.isEmpty()) {
            return question;
        }
        return question + " – " + c.option().label().in(language, form.defaultLanguage());
    }

    /** When the question is asked: its section's condition and its own, both written as in the form. */
    private static String relevance(Section section, Question q) {
        String sectionRule = section == null ? null : section.relevant();
        if (sectionRule != null && q.relevant() != null) {
            return "(" + sectionRule + ") and (" + q.relevant() + ")";
        }
        return sectionRule != null ? sectionRule : q.relevant() == null ? "" : q.relevant();
    }

    private static Section section(FormDefinition form, Question q) {
        return form.sections().stream().filter(s -> s.questions().contains(q)).findFirst().orElse(null);
    }
}
