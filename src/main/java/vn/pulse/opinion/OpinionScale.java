package vn.pulse.opinion;

import java.util.Arrays;
import java.util.Optional;

/**
 * A value of one of the fixed scales of an opinion report (direction, breadth, holder group …).
 * Its {@link #code()} is what the database, statistics and API clients keep: it never changes,
 * whatever the labels become. Labels are i18n messages under {@link #messageKey()}.
 */
public interface OpinionScale {

    String code();

    /** i18n key of the value's label. */
    String messageKey();

    /** The value of {@code type} with the given code, if there is one. */
    static <E extends Enum<E> & OpinionScale> Optional<E> fromCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code.strip())).findFirst();
    }
}
