package vn.pulse.questionnaire;

import java.util.List;

/**
 * Why an answer is refused.
 *
 * @param question   the question's name
 * @param code       {@code required}, {@code type}, {@code constraint}, {@code unknown_choice},
 *                   {@code out_of_range}, {@code too_long} or {@code unknown_question}
 * @param messageKey i18n key of a generic message ({@code questionnaire.answer.<code>}) with {@code args}
 * @param message    for {@code constraint}: the questionnaire's own constraint message (may be empty);
 *                   show it instead of the generic one when present
 */
public record AnswerError(String question, String code, String messageKey, List<Object> args, LocalizedText message) {

    public AnswerError {
        args = args == null ? List.of() : List.copyOf(args);
        message = message == null ? LocalizedText.EMPTY : message;
    }

    static AnswerError of(String question, String code, List<Object> args) {
        return new AnswerError(question, code, "questionnaire.answer." + code, args, LocalizedText.EMPTY);
    }
}
