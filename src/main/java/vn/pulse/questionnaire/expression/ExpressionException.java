package vn.pulse.questionnaire.expression;

import java.util.List;

/**
 * An expression that cannot be parsed. {@link #position()} is the 0-based character offset in
 * the source where the problem was found; {@link #messageKey()} and {@link #args()} describe it
 * for people (i18n bundle {@code questionnaire}).
 */
public final class ExpressionException extends RuntimeException {

    /** What went wrong; each has a message {@code questionnaire.expression.<code>}. */
    public enum Problem {
        EMPTY, TOO_LONG, TOO_DEEP, TOO_LARGE, UNEXPECTED_CHARACTER, UNTERMINATED_STRING, BAD_REFERENCE,
        NUMBER_TOO_LONG, UNEXPECTED_TOKEN, UNEXPECTED_END, EXPECTED, UNKNOWN_FUNCTION, WRONG_ARITY,
        BARE_NAME, UNSUPPORTED_OPERATOR;

        public String messageKey() {
            return "questionnaire.expression." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Problem problem;
    private final int position;
    private final transient List<Object> args;

    ExpressionException(Problem problem, int position, Object... args) {
        super(problem + " at " + position + " " + List.of(args));
        this.problem = problem;
        this.position = position;
        this.args = List.of(args);
    }

    public Problem problem() {
        return problem;
    }

    /** 0-based character offset in the expression. */
    public int position() {
        return position;
    }

    public String messageKey() {
        return problem.messageKey();
    }

    public List<Object> args() {
        return args;
    }
}
