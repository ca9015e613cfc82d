package vn.pulse.questionnaire;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks that need no expression: names (valid, unique across sections, questions and matrix
 * items, as in XLSForm), labels in the default language, choices, and values that must fit a type.
 */
final class FormStructureCheck {

    /** Variable names: what statistics and exports use as column names. */
    static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    /** Choice names: no spaces (a multiple choice answer is written as names separated by spaces). */
    static final Pattern CHOICE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");
    static final Pattern CODE = Pattern.compile("[a-z0-9_]{1,64}");
    static final Set<String> LANGUAGES = Set.of("vi", "en");
    static final int MAX_TEXT = 2_000;

    private final FormDefinition form;
    private final List<FormProblem> problems;
    private final Set<String> names = new HashSet<>();
    private final Map<String, Question> listOwners = new HashMap<>();

    private FormStructureCheck(FormDefinition form, List<FormProblem> problems) {
        this.form = form;
        this.problems = problems;
    }

    static void check(FormDefinition form, List<FormProblem> problems) {
        new FormStructureCheck(form, problems).run();
    }

    private void run() {
        String formName = form.code();
        if (!CODE.matcher(formName).matches()) {
            problems.add(FormProblem.of(formName, "form_id", "code_invalid", formName));
        }
        if (form.title().get(form.defaultLanguage()) == null) {
            problems.add(FormProblem.of(formName, "form_title", "title_missing", form.defaultLanguage()));
        }
        if (new HashSet<>(form.languages()).size() != form.languages().size()) {
            problems.add(FormProblem.of(formName, "languages", "language_duplicate"));
        }
        form.languages().stream().filter(l -> !LANGUAGES.contains(l))
                .forEach(l -> problems.add(FormProblem.of(formName, "languages", "language_unsupported", l)));
        if (form.questions().stream().noneMatch(q -> q.type() != null && q.type().isInput())) {
            problems.add(FormProblem.of(formName, "survey", "no_questions"));
        }
        for (Section section : form.sections()) {
            name(section.name(), section.name());
            label(section.name(), "label", section.label());
            section.questions().forEach(this::question);
        }
    }

    private void question(Question q) {
        name(q.name(), q.name());
        if (q.type() == null) {
            problems.add(FormProblem.of(q.name(), "type", "type_missing"));
            return;
        }
        if (q.type() != QuestionType.CALCULATE) {
            label(q.name(), "label", q.label());
        }
        if (q.type() == QuestionType.CALCULATE && q.calculation() == null) {
            problems.add(FormProblem.of(q.name(), "calculation", "calculation_missing"));
        }
        if (!q.type().isInput() && q.required()) {
            problems.add(FormProblem.of(q.name(), "required", "required_not_input"));
        }
        if (q.choiceFilter() != null && q.type() != QuestionType.SELECT_ONE && q.type() != QuestionType.SELECT_MULTIPLE) {
            problems.add(FormProblem.of(q.name(), "choice_filter", "choice_filter_not_select"));
        }
        if (q.type().hasChoices()) {
            choices(q);
        }
        if (q.type() == QuestionType.MATRIX) {
            if (q.items().isEmpty()) {
                problems.add(FormProblem.of(q.name(), "items", "items_missing"));
            }
            if (q.constraint() != null || q.calculation() != null || q.defaultValue() != null || q.choiceFilter() != null) {
                problems.add(FormProblem.of(q.name(), "type", "matrix_logic"));
            }
            q.items().forEach(item -> {
                name(item.name(), q.name());
                label(q.name(), "items", item.label());
            });
        }
        if (q.defaultValue() != null && AnswerCoercion.coerce(q, q.defaultValue()).error() != null) {
            problems.add(FormProblem.of(q.name(), "default", "default_invalid", q.defaultValue()));
        }
    }

    private void choices(Question q) {
        if (q.choices().isEmpty()) {
            problems.add(FormProblem.of(q.name(), "choices", "choices_missing"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Choice c : q.choices()) {
            if (!CHOICE_NAME.matcher(c.name()).matches()) {
                problems.add(FormProblem.ofChoice(q.name(), "choices", c.name(), "choice_name_invalid", c.name()));
            } else if (!seen.add(c.name())) {
                problems.add(FormProblem.ofChoice(q.name(), "choices", c.name(), "choice_duplicate", c.name()));
            }
            if (c.label().get(form.defaultLanguage()) == null) {
                problems.add(FormProblem.ofChoice(q.name(), "choices", c.name(), "choice_label_missing", c.name(),
                        form.defaultLanguage()));
            }
        }
        if (q.type() == QuestionType.LIKERT && !isScale(q.choices())) {
            problems.add(FormProblem.of(q.name(), "choices", "likert_scale"));
        }
        Question owner = listOwners.putIfAbsent(q.listName(), q);
        if (owner != null && !owner.choices().equals(q.choices())) {
            problems.add(FormProblem.of(q.name(), "choices", "list_conflict", q.listName(), owner.name()));
        }
    }

    /** Likert points are named 1..k in order, k between 2 and 11. */
    static boolean isScale(List<Choice> choices) {
        if (choices.size() < 2 || choices.size() > 11) {
            return false;
        }
        for (int i = 0; i < choices.size(); i++) {
            if (!choices.get(i).name().equals(String.valueOf(i + 1))) {
                return false;
            }
        }
        return true;
    }

    private void name(String name, String subject) {
        if (!NAME.matcher(name).matches()) {
            problems.add(FormProblem.of(subject, "name", "name_invalid", name));
        } else if (!names.add(name.toLowerCase(java.util.Locale.ROOT))) {
            problems.add(FormProblem.of(subject, "name", "name_duplicate", name));
        }
    }

    private void label(String subject, String field, LocalizedText label) {
        if (label.get(form.defaultLanguage()) == null) {
            problems.add(FormProblem.of(subject, field, "label_missing", form.defaultLanguage()));
        }
        label.texts().values().stream().filter(t -> t.length() > MAX_TEXT).findFirst()
                .ifPresent(t -> problems.add(FormProblem.of(subject, field, "text_too_long", MAX_TEXT)));
    }
}
