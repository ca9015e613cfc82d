package vn.pulse.questionnaire;

import java.util.Locale;
import java.util.Optional;

/**
 * What a question asks for, and the Java type of its cleaned answer (see {@link FormEvaluator}).
 * {@link #word()} is the XLSForm type where XLSForm has one, a Pulse word otherwise.
 */
public enum QuestionType {
    /** One choice: answer is the choice name ({@code String}). */
    SELECT_ONE("select_one"),
    /** Several choices: answer is a {@code List<String>} of choice names in choice order. */
    SELECT_MULTIPLE("select_multiple"),
    /** Agreement scale with labelled points 1..k (choices named "1".."k"): answer is a {@code Long}. */
    LIKERT("likert"),
    /** 0 to 10: answer is a {@code Long}. */
    RATING("rating"),
    INTEGER("integer"),
    /** Answer is a {@code BigDecimal}. */
    DECIMAL("decimal"),
    /** Short text, or long text with appearance {@code multiline}: answer is a {@code String}. */
    TEXT("text"),
    /** Answer is a {@code LocalDate}. */
    DATE("date"),
    /** A battery of items sharing one scale: answer is a {@code Map<item name, choice name>}. */
    MATRIX("matrix"),
    /** Text shown to the surveyor; no answer. */
    NOTE("note"),
    /** An area from the area tree: answer is the area code ({@code String}). */
    AREA("area"),
    /** A hidden, computed value (XLSForm calculate): never typed in, always recomputed on the server. */
    CALCULATE("calculate");

    private final String word;

    QuestionType(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<QuestionType> fromWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.strip().toLowerCase(Locale.ROOT);
        for (QuestionType type : values()) {
            if (type.word.equals(w)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Does the question offer choices (its own list)? */
    public boolean hasChoices() {
        return this == SELECT_ONE || this == SELECT_MULTIPLE || this == LIKERT || this == MATRIX;
    }

    /** Does a person type or pick the answer? (Not notes, not calculations.) */
    public boolean isInput() {
        return this != NOTE && this != CALCULATE;
    }

    /** i18n key of the type's name in the designer. */
    public String messageKey() {
        return "questionnaire.type." + word;
    }
}
