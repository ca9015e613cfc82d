package vn.pulse.questionnaire.expression;

import java.util.Locale;

/** The functions the language knows, with how many arguments each takes. There are no others. */
enum Function {
    SELECTED("selected", 2, 2),
    COUNT_SELECTED("count-selected", 1, 1),
    STRING_LENGTH("string-length", 0, 1),
    IF("if", 3, 3),
    TODAY("today", 0, 0),
    NOT("not", 1, 1),
    TRUE("true", 0, 0),
    FALSE("false", 0, 0),
    CONCAT("concat", 1, 20),
    COALESCE("coalesce", 2, 2),
    INT("int", 1, 1),
    NUMBER("number", 1, 1),
    STRING("string", 1, 1),
    ROUND("round", 1, 2),
    CONTAINS("contains", 2, 2),
    STARTS_WITH("starts-with", 2, 2),
    DATE("date", 1, 1);

    final String spelling;
    final int minArgs;
    final int maxArgs;

    Function(String spelling, int minArgs, int maxArgs) {
        this.spelling = spelling;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
    }

    static Function of(String name) {
        for (Function f : values()) {
            if (f.spelling.equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
