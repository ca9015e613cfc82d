package vn.pulse.questionnaire;

import vn.pulse.base.DomainException;

/**
 * Hard limits a definition must respect to be stored at all, even as a draft: sizes the database
 * columns hold and counts that keep a questionnaire usable. Everything softer (duplicate names,
 * broken logic) is a {@link FormProblem} that only publishing refuses.
 */
final class DraftLimits {

    static final int MAX_SECTIONS = 100;
    static final int MAX_QUESTIONS = 1_000;
    static final int MAX_CHOICES = 2_000;
    static final int MAX_NAME = 64;

    private DraftLimits() {
    }

    static void check(FormDefinition d) {
        if (!FormStructureCheck.CODE.matcher(d.code()).matches()) {
            throw DomainException.invalid("questionnaire_code_invalid", "questionnaire.error.code", d.code());
        }
        if (d.sections().isEmpty() || d.sections().size() > MAX_SECTIONS || d.questions().size() > MAX_QUESTIONS) {
            throw DomainException.invalid("questionnaire_too_large", "questionnaire.error.tooLarge", MAX_SECTIONS,
                    MAX_QUESTIONS);
        }
        if (d.languages().size() > 5 || d.languages().stream().anyMatch(l -> l.length() > 8)) {
            throw DomainException.invalid("questionnaire_languages_invalid", "questionnaire.error.languages");
        }
        for (Section s : d.sections()) {
            name(s.name());
            text(s.relevant(), s.name());
        }
        for (Question q : d.questions()) {
            name(q.name());
            if (q.type() == null) {
                throw DomainException.invalid("questionnaire_type_missing", "questionnaire.error.typeMissing", q.name());
            }
            if (q.choices().size() + q.items().size() > MAX_CHOICES) {
                throw DomainException.invalid("questionnaire_too_many_choices", "questionnaire.error.tooManyChoices",
                        q.name(), MAX_CHOICES);
            }
            q.choices().forEach(c -> name(c.name()));
            q.items().forEach(c -> name(c.name()));
            length(q.appearance(), 100, q.name());
            length(q.defaultValue(), 255, q.name());
            length(q.listName(), MAX_NAME, q.name());
            for (String expression : new String[] {q.relevant(), q.constraint(), q.calculation(), q.choiceFilter()}) {
                text(expression, q.name());
            }
        }
    }

    private static void name(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_NAME) {
            throw DomainException.invalid("questionnaire_name_invalid", "questionnaire.error.name", MAX_NAME);
        }
    }

    private static void text(String expression, String where) {
        length(expression, 10 * 2_000, where);
    }

    private static void length(String value, int max, String where) {
        if (value != null && value.length() > max) {
            throw DomainException.invalid("questionnaire_value_too_long", "questionnaire.error.valueTooLong", where, max);
        }
    }
}
