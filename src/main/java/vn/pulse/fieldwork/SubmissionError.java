package vn.pulse.fieldwork;

import java.util.List;
import java.util.Locale;
import vn.pulse.base.i18n.Messages;
import vn.pulse.questionnaire.AnswerError;
import vn.pulse.questionnaire.LocalizedText;

/**
 * Why a submission was refused.
 *
 * @param question      the question's name, or null when the submission as a whole is at fault
 *                      (uuid, version, area, times, location)
 * @param code          stable code: the answer codes of {@link AnswerError} ({@code required},
 *                      {@code type}, {@code constraint}, {@code unknown_choice}, {@code out_of_range},
 *                      {@code too_long}, {@code unknown_question}) or a submission code such as
 *                      {@code uuid_invalid}, {@code version_not_published}, {@code area_unknown},
 *                      {@code area_outside_scope}, {@code completed_at_missing}, {@code times_invalid},
 *                      {@code location_invalid}, {@code form_number_taken}, {@code uuid_taken}
 * @param messageKey    i18n key of the generic message
 * @param customMessage the questionnaire's own constraint message, shown instead when present
 */
public record SubmissionError(String question, String code, String messageKey, List<Object> args,
        LocalizedText customMessage) {

    public SubmissionError {
        args = args == null ? List.of() : List.copyOf(args);
        customMessage = customMessage == null ? LocalizedText.EMPTY : customMessage;
    }

    static SubmissionError of(AnswerError e) {
        return new SubmissionError(e.question(), e.code(), e.messageKey(), e.args(), e.message());
    }

    static SubmissionError whole(String code, Object... args) {
        return new SubmissionError(null, code, "fieldwork.submission." + code, List.of(args), LocalizedText.EMPTY);
    }

    static SubmissionError field(String question, String code, Object... args) {
        return new SubmissionError(question, code, "fieldwork.submission." + code, List.of(args), LocalizedText.EMPTY);
    }

    /** The message for people, in their language (the questionnaire's own text when it has one). */
    public String message(Locale locale, String defaultLanguage) {
        if (!customMessage.isEmpty()) {
            return customMessage.in(locale, defaultLanguage);
        }
        return Messages.get(messageKey, locale, args.toArray());
    }
}
