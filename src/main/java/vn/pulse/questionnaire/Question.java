package vn.pulse.questionnaire;

import java.util.List;

/**
 * One question (one row of an XLSForm survey sheet). Expressions are kept as written; a
 * {@link FormDefinition} parses them once and its {@link FormLogic} holds the parsed form.
 *
 * @param name              the variable name: stable across versions, what statistics read
 * @param required          an answer is needed when the question is relevant
 * @param relevant          skip logic: asked only when this holds (XLSForm {@code relevant})
 * @param constraint        the answer must satisfy this ({@code .} is the answer)
 * @param constraintMessage shown when the constraint fails
 * @param defaultValue      pre-filled answer (a literal, as in XLSForm {@code default})
 * @param calculation       read-only computed value (recomputed on the server for every submission)
 * @param choiceFilter      which choices to offer, e.g. {@code province=${province}}
 * @param appearance        display hints (XLSForm {@code appearance}, e.g. {@code multiline}, {@code minimal})
 * @param listName          XLSForm list of the choices; questions sharing a list share its choices
 * @param choices           choices (select, Likert points, matrix scale)
 * @param items             the items (rows) of a matrix; their names are unique like question names
 */
public record Question(String name, QuestionType type, LocalizedText label, LocalizedText hint, boolean required,
        String relevant, String constraint, LocalizedText constraintMessage, String defaultValue, String calculation,
        String choiceFilter, String appearance, String listName, List<Choice> choices, List<Choice> items) {

    public Question {
        name = name == null ? "" : name.strip();
        label = label == null ? LocalizedText.EMPTY : label;
        hint = hint == null ? LocalizedText.EMPTY : hint;
        constraintMessage = constraintMessage == null ? LocalizedText.EMPTY : constraintMessage;
        relevant = blankToNull(relevant);
        constraint = blankToNull(constraint);
        defaultValue = blankToNull(defaultValue);
        calculation = blankToNull(calculation);
        choiceFilter = blankToNull(choiceFilter);
        appearance = blankToNull(appearance);
        listName = type != null && type.hasChoices() ? (blankToNull(listName) == null ? name : listName.strip()) : null;
        choices = choices == null ? List.of() : List.copyOf(choices);
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static Builder builder(String name, QuestionType type) {
        return new Builder(name, type);
    }

    public Builder toBuilder() {
        return new Builder(name, type).label(label).hint(hint).required(required).relevant(relevant)
                .constraint(constraint, constraintMessage).defaultValue(defaultValue).calculation(calculation)
                .choiceFilter(choiceFilter).appearance(appearance).listName(listName).choices(choices).items(items);
    }

    /** Does the appearance list (space separated) contain this word? */
    public boolean hasAppearance(String word) {
        return appearance != null && List.of(appearance.split("\\s+")).contains(word);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Builds questions for code (designer, imports, tests) without a 15-argument constructor call. */
    public static final class Builder {
        private final String name;
        private final QuestionType type;
        private LocalizedText label = LocalizedText.EMPTY;
        private LocalizedText hint = LocalizedText.EMPTY;
        private boolean required;
        private String relevant;
        private String constraint;
        private LocalizedText constraintMessage = LocalizedText.EMPTY;
        private String defaultValue;
        private String calculation;
        private String choiceFilter;
        private String appearance;
        private String listName;
        private List<Choice> choices = List.of();
        private List<Choice> items = List.of();

        private Builder(String name, QuestionType type) {
            this.name = name;
            this.type = type;
        }

        public Builder label(LocalizedText value) {
            label = value;
            return this;
        }

        public Builder label(String vietnamese, String english) {
            return label(LocalizedText.of(vietnamese, english));
        }

        public Builder label(String vietnamese) {
            return label(LocalizedText.of(vietnamese));
        }

        public Builder hint(LocalizedText value) {
            hint = value;
            return this;
        }

        public Builder required(boolean value) {
            required = value;
            return this;
        }

        public Builder relevant(String value) {
            relevant = value;
            return this;
        }

        public Builder constraint(String value, LocalizedText message) {
            constraint = value;
            constraintMessage = message;
            return this;
        }

        public Builder defaultValue(String value) {
            defaultValue = value;
            return this;
        }

        public Builder calculation(String value) {
            calculation = value;
            return this;
        }

        public Builder choiceFilter(String value) {
            choiceFilter = value;
            return this;
        }

        public Builder appearance(String value) {
            appearance = value;
            return this;
        }

        public Builder listName(String value) {
            listName = value;
            return this;
        }

        public Builder choices(List<Choice> value) {
            choices = value;
            return this;
        }

        public Builder items(List<Choice> value) {
            items = value;
            return this;
        }

        public Question build() {
            return new Question(name, type, label, hint, required, relevant, constraint, constraintMessage,
                    defaultValue, calculation, choiceFilter, appearance, listName, choices, items);
        }
    }
}
