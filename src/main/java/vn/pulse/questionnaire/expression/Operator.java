package vn.pulse.questionnaire.expression;

/** Binary operators with XPath's precedence: or < and < equality < relational < additive < multiplicative. */
enum Operator {
    OR("or", 1), AND("and", 2),
    EQ("=", 3), NE("!=", 3),
    LT("<", 4), LE("<=", 4), GT(">", 4), GE(">=", 4),
    ADD("+", 5), SUB("-", 5),
    MUL("*", 6), DIV("div", 6), MOD("mod", 6);

    final String symbol;
    final int precedence;

    Operator(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    /** The operator a token spells, or null. */
    static Operator of(Token token) {
        if (token.kind() != Token.Kind.OPERATOR && token.kind() != Token.Kind.NAME) {
            return null;
        }
        for (Operator op : values()) {
            if (op.symbol.equals(token.text())) {
                return op;
            }
        }
        return null;
    }
}
