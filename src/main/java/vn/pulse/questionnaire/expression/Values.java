package vn.pulse.questionnaire.expression;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * XPath's conversions, as XLSForm authors expect them: an empty answer is the empty string,
 * which is false and not a number; a number is true unless zero; comparisons with a number
 * compare numbers; dates compare as dates (and count as days in arithmetic).
 */
public final class Values {

    private Values() {
    }

    /** Brings any Java value an answer may hold to the few types expressions work on. */
    public static Object normalize(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal d -> d;
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case Double d -> d.isNaN() || d.isInfinite() ? null : BigDecimal.valueOf(d);
            case Number n -> new BigDecimal(n.toString());
            case String s -> s.isEmpty() ? null : s;
            case Map<?, ?> m -> m.isEmpty() ? null : List.copyOf(m.values().stream().map(String::valueOf).toList());
            case Collection<?> c -> c.isEmpty() ? null : c.stream().map(String::valueOf).toList();
            default -> value;
        };
    }

    public static boolean toBoolean(Object value) {
        return switch (normalize(value)) {
            case null -> false;
            case Boolean b -> b;
            case BigDecimal d -> d.signum() != 0;
            case String s -> !s.isEmpty();
            default -> true;
        };
    }

    /** The number a value stands for, or null for "not a number" (empty answers, words). */
    public static BigDecimal toNumber(Object value) {
        return switch (normalize(value)) {
            case null -> null;
            case BigDecimal d -> d;
            case Boolean b -> b ? BigDecimal.ONE : BigDecimal.ZERO;
            case LocalDate date -> BigDecimal.valueOf(date.toEpochDay());
            case String s -> parseNumber(s);
            default -> null;
        };
    }

    public static String toText(Object value) {
        Object normalized = normalize(value);
        return switch (normalized) {
            case null -> "";
            case BigDecimal d -> d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
            case List<?> list -> String.join(" ", list.stream().map(String::valueOf).toList());
            default -> String.valueOf(normalized);
        };
    }

    /** A date from a date, an ISO text (yyyy-MM-dd) or a day number; null otherwise. */
    public static LocalDate toDate(Object value) {
        return switch (normalize(value)) {
            case null -> null;
            case LocalDate d -> d;
            case BigDecimal d -> d.abs().compareTo(BigDecimal.valueOf(3_000_000)) > 0 ? null
                    : LocalDate.ofEpochDay(d.setScale(0, RoundingMode.FLOOR).longValueExact());
            case String s -> parseDate(s);
            default -> null;
        };
    }

    /** The choices of a multiple-choice answer (a list, or names separated by spaces). */
    static List<String> toSelection(Object value) {
        return switch (normalize(value)) {
            case null -> List.of();
            case List<?> list -> list.stream().map(String::valueOf).toList();
            default -> {
                String text = toText(value).strip();
                yield text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
            }
        };
    }

    static boolean equal(Object left, Object right) {
        Object l = normalize(left);
        Object r = normalize(right);
        if (l instanceof Boolean || r instanceof Boolean) {
            return toBoolean(l) == toBoolean(r);
        }
        if (l instanceof LocalDate || r instanceof LocalDate) {
            LocalDate a = toDate(l);
            LocalDate b = toDate(r);
            return a != null && a.equals(b);
        }
        if (l instanceof BigDecimal || r instanceof BigDecimal) {
            BigDecimal a = toNumber(l);
            BigDecimal b = toNumber(r);
            return a != null && b != null && a.compareTo(b) == 0;
        }
        return toText(l).equals(toText(r));
    }

    /** Relational comparison; null when either side has no order (XPath's NaN: every comparison is false). */
    static Integer compare(Object left, Object right) {
        Object l = normalize(left);
        Object r = normalize(right);
        if (l instanceof LocalDate || r instanceof LocalDate) {
            LocalDate a = toDate(l);
            LocalDate b = toDate(r);
            return a == null || b == null ? null : a.compareTo(b);
        }
        BigDecimal a = toNumber(l);
        BigDecimal b = toNumber(r);
        return a == null || b == null ? null : a.compareTo(b);
    }

    private static BigDecimal parseNumber(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > Tokenizer.MAX_NUMBER_LENGTH || !t.matches("-?(\\d+\\.?\\d*|\\.\\d+)")) {
            return null;
        }
        return new BigDecimal(t);
    }

    private static LocalDate parseDate(String s) {
        String t = s.strip();
        if (t.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(t.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
