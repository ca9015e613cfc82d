package vn.pulse.opinion;

import java.util.List;
import java.util.Locale;
import vn.pulse.base.i18n.Messages;

/**
 * What is wrong with one field of a report, e.g. {@code streams[1].topic} / {@code required}.
 *
 * @param field      path of the field: {@code area}, {@code period}, {@code streams[0].summary} …
 * @param code       stable code for API clients
 * @param messageKey i18n key of the message for people
 */
public record FieldError(String field, String code, String messageKey, List<Object> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    static FieldError of(String field, String code, Object... args) {
        return new FieldError(field, code, "opinion.field.error." + code, List.of(args));
    }

    public String message(Locale locale) {
        return Messages.get(messageKey, locale, args.toArray());
    }
}
