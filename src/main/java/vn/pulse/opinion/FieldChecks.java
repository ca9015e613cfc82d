package vn.pulse.opinion;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import vn.pulse.area.Area;
import vn.pulse.base.security.AreaScope;

/**
 * Checks one field at a time and collects every error, so a person sees all that is wrong at
 * once, each next to its field. {@code required} is false for drafts: they may be incomplete,
 * but whatever they hold must be valid.
 */
final class FieldChecks {

    private final List<FieldError> errors = new ArrayList<>();
    private final boolean complete;

    FieldChecks(boolean complete) {
        this.complete = complete;
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    void add(String field, String code, Object... args) {
        errors.add(FieldError.of(field, code, args));
    }

    String uuid(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip()).toString();
        } catch (IllegalArgumentException e) {
            add("uuid", "uuid_invalid");
            return null;
        }
    }

    /** Text stripped of outer white space; blank is {@code null}. */
    String text(String field, String value, int max, boolean required) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text == null) {
            missing(field, required);
        } else if (text.length() > max) {
            add(field, "too_long", max);
        }
        return text;
    }

    <E extends Enum<E> & OpinionScale> E scale(String field, Class<E> type, String code, boolean required) {
        if (code == null || code.isBlank()) {
            missing(field, required);
            return null;
        }
        E value = OpinionScale.fromCode(type, code).orElse(null);
        if (value == null) {
            add(field, "unknown_code", code);
        }
        return value;
    }

    Intensity intensity(String field, Integer level, boolean required) {
        if (level == null) {
            missing(field, required);
            return null;
        }
        Intensity value = Intensity.of(level).orElse(null);
        if (value == null) {
            add(field, "out_of_range", 1, 5);
        }
        return value;
    }

    <E extends Enum<E> & OpinionScale> Set<E> scales(String field, Class<E> type, Collection<String> codes,
            boolean required) {
        Set<E> values = EnumSet.noneOf(type);
        for (String code : codes == null ? List.<String>of() : codes) {
            E value = scale(field, type, code, false);
            if (value != null) {
                values.add(value);
            }
        }
        if (values.isEmpty() && (codes == null || codes.isEmpty())) {
            missing(field, required);
        }
        return values;
    }

    YearMonth period(String field, String value, YearMonth current, boolean required) {
        if (value == null || value.isBlank()) {
            missing(field, required);
            return null;
        }
        try {
            YearMonth period = YearMonth.parse(value.strip());
            if (period.isAfter(current)) {
                add(field, "period_future");
            }
            return period;
        } catch (DateTimeParseException e) {
            add(field, "period_invalid");
            return null;
        }
    }

    /** An active area inside the scope, looked up by code. */
    Area area(String field, String code, AreaScope scope, Function<String, Area> lookup, boolean required) {
        if (code == null || code.isBlank()) {
            missing(field, required);
            return null;
        }
        Area area = lookup.apply(code.strip());
        if (area == null) {
            add(field, "area_unknown", code);
        } else if (!scope.covers(area.path())) {
            add(field, "area_out_of_scope", area.name());
        } else if (!area.active()) {
            add(field, "area_retired", area.name());
        } else {
            return area;
        }
        return null;
    }

    /** A value a complete report must have is missing; fine in a draft. */
    void missing(String field) {
        missing(field, true);
    }

    private void missing(String field, boolean required) {
        if (required && complete) {
            add(field, "required");
        }
    }
}
