package vn.pulse.questionnaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a raw answer (from JSON, a form field or an XLSForm default) into the one Java type of its
 * question, or says why it cannot: never trust what a client sends.
 */
final class AnswerCoercion {

    static final int MAX_TEXT = 10_000;
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{1,20}(\\.\\d{0,10})?|\\.\\d{1,10})");
    private static final Pattern AREA_CODE = Pattern.compile("[0-9A-Za-z_-]{1,16}");

    /** A cleaned value, or the error code ({@code type}, {@code unknown_choice}, {@code out_of_range}, {@code too_long}). */
    record Coerced(Object value, String error, List<Object> args) {
        static Coerced ok(Object value) {
            return new Coerced(value, null, List.of());
        }

        static Coerced fail(String error, Object... args) {
            return new Coerced(null, error, List.of(args));
        }
    }

    private AnswerCoercion() {
    }

    static boolean isEmpty(Object raw) {
        return raw == null || raw instanceof String s && s.isBlank() || raw instanceof Collection<?> c && c.isEmpty()
                || raw instanceof Map<?, ?> m && m.isEmpty();
    }

    static Coerced coerce(Question q, Object raw) {
        if (isEmpty(raw) || !q.type().isInput()) {
            return Coerced.ok(null);
        }
        return switch (q.type()) {
            case SELECT_ONE -> choice(q.choices(), raw);
            case SELECT_MULTIPLE -> choices(q.choices(), raw);
            case LIKERT -> range(raw, 1, q.choices().size());
            case RATING -> range(raw, 0, 10);
            case INTEGER -> integer(raw);
            case DECIMAL -> decimal(raw);
            case TEXT -> text(raw);
            case DATE -> date(raw);
            case MATRIX -> matrix(q, raw);
            case AREA -> raw instanceof String s && AREA_CODE.matcher(s.strip()).matches() ? Coerced.ok(s.strip())
                    : Coerced.fail("type");
            case NOTE, CALCULATE -> Coerced.ok(null);
        };
    }

    private static Coerced choice(List<Choice> choices, Object raw) {
        if (!(raw instanceof String) && !(raw instanceof Number)) {
            return Coerced.fail("type");
        }
        String name = String.valueOf(raw).strip();
        return choices.stream().anyMatch(c -> c.name().equals(name)) ? Coerced.ok(name)
                : Coerced.fail("unknown_choice", name);
    }

    private static Coerced choices(List<Choice> choices, Object raw) {
        List<String> given = new ArrayList<>();
        if (raw instanceof Collection<?> list) {
            for (Object item : list) {
                if (!(item instanceof String) && !(item instanceof Number)) {
                    return Coerced.fail("type");
                }
                given.add(String.valueOf(item).strip());
            }
        } else if (raw instanceof String s) {
            given.addAll(List.of(s.strip().split("\\s+")));
        } else {
            return Coerced.fail("type");
        }
        Set<String> chosen = new LinkedHashSet<>(given);
        for (String name : chosen) {
            if (choices.stream().noneMatch(c -> c.name().equals(name))) {
                return Coerced.fail("unknown_choice", name);
            }
        }
        // choice order, not click order: the same answer always looks the same
        return Coerced.ok(choices.stream().map(Choice::name).filter(chosen::contains).toList());
    }

    private static Coerced range(Object raw, long min, long max) {
        Coerced n = integer(raw);
        if (n.error() != null) {
            return n;
        }
        long value = (Long) n.value();
        return value < min || value > max ? Coerced.fail("out_of_range", min, max) : n;
    }

    private static Coerced integer(Object raw) {
        return switch (raw) {
            case Long l -> Coerced.ok(l);
            case Integer i -> Coerced.ok(i.longValue());
            case Short s -> Coerced.ok(s.longValue());
            case BigDecimal d when d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
                    -> Coerced.ok(d.longValue());
            case Double d when d == Math.rint(d) && Math.abs(d) < 1e15 -> Coerced.ok(d.longValue());
            case String s when INTEGER.matcher(s.strip()).matches() -> Coerced.ok(Long.parseLong(s.strip()));
            default -> Coerced.fail("type");
        };
    }

    private static Coerced decimal(Object raw) {
        return switch (raw) {
            case BigDecimal d -> Coerced.ok(d);
            case Long l -> Coerced.ok(BigDecimal.valueOf(l));
            case Integer i -> Coerced.ok(BigDecimal.valueOf(i));
            case Double d when !d.isNaN() && !d.isInfinite() -> Coerced.ok(BigDecimal.valueOf(d));
            case Float f when !f.isNaN() && !f.isInfinite() -> Coerced.ok(new BigDecimal(f.toString()));
            case String s when DECIMAL.matcher(s.strip()).matches() -> Coerced.ok(new BigDecimal(s.strip()));
            default -> Coerced.fail("type");
        };
    }

    private static Coerced text(Object raw) {
        if (!(raw instanceof String) && !(raw instanceof Number)) {
            return Coerced.fail("type");
        }
        String text = String.valueOf(raw).strip();
        return text.length() > MAX_TEXT ? Coerced.fail("too_long", MAX_TEXT) : Coerced.ok(text);
    }

    private static Coerced date(Object raw) {
        if (raw instanceof LocalDate d) {
            return Coerced.ok(d);
        }
        if (raw instanceof String s && s.strip().length() == 10) {
            try {
                return Coerced.ok(LocalDate.parse(s.strip()));
            } catch (DateTimeParseException e) {
                return Coerced.fail("type");
            }
        }
        return Coerced.fail("type");
    }

    private static Coerced matrix(Question q, Object raw) {
        if (!(raw instanceof Map<?, ?> given)) {
            return Coerced.fail("type");
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : given.entrySet()) {
            String item = String.valueOf(entry.getKey());
            if (q.items().stream().noneMatch(i -> i.name().equals(item))) {
                return Coerced.fail("unknown_choice", item);
            }
        }
        for (Choice item : q.items()) {
            Object value = given.get(item.name());
            if (isEmpty(value)) {
                continue;
            }
            Coerced c = choice(q.choices(), value);
            if (c.error() != null) {
                return c;
            }
            answers.put(item.name(), (String) c.value());
        }
        return Coerced.ok(answers.isEmpty() ? null : Collections.unmodifiableMap(answers));
    }
}
