package vn.pulse.questionnaire.expression;

/** One token of an expression, with its 0-based start offset. */
record Token(Kind kind, String text, int position) {

    enum Kind { NUMBER, STRING, REFERENCE, CURRENT, NAME, OPERATOR, LEFT_PAREN, RIGHT_PAREN, COMMA, END }

    boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }
}
