package vn.pulse.questionnaire.expression;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/** Walks a parsed tree over one context. Total: every input gives a value, never an exception. */
final class Evaluator {

    /** Longest text an expression may build (concat of long answers), so memory stays bounded. */
    static final int MAX_TEXT = 100_000;

    private final EvaluationContext context;

    Evaluator(EvaluationContext context) {
        this.context = context;
    }

    Object eval(Node node) {
        return switch (node) {
            case Node.Literal l -> l.value();
            case Node.Reference r -> Values.normalize(context.answer(r.name()));
            case Node.Current c -> Values.normalize(context.current());
            case Node.ChoiceAttribute a -> Values.normalize(context.choiceAttribute(a.name()));
            case Node.Negate n -> negate(eval(n.operand()));
            case Node.Binary b -> binary(b);
            case Node.Call c -> call(c.function(), c.args());
        };
    }

    private static Object negate(Object value) {
        BigDecimal number = Values.toNumber(value);
        return number == null ? null : number.negate();
    }

    private Object binary(Node.Binary b) {
        return switch (b.operator()) {
            case OR -> Values.toBoolean(eval(b.left())) || Values.toBoolean(eval(b.right()));
            case AND -> Values.toBoolean(eval(b.left())) && Values.toBoolean(eval(b.right()));
            case EQ -> Values.equal(eval(b.left()), eval(b.right()));
            case NE -> !Values.equal(eval(b.left()), eval(b.right()));
            case LT, LE, GT, GE -> relational(b.operator(), Values.compare(eval(b.left()), eval(b.right())));
            case ADD, SUB, MUL, DIV, MOD -> arithmetic(b.operator(), Values.toNumber(eval(b.left())),
                    Values.toNumber(eval(b.right())));
        };
    }

    private static boolean relational(Operator op, Integer order) {
        if (order == null) {
            return false;
        }
        return switch (op) {
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            default -> order >= 0;
        };
    }

    /** Arithmetic on decimals; anything with an empty or non-numeric side, or a zero divisor, is empty. */
    private static BigDecimal arithmetic(Operator op, BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return null;
        }
        return switch (op) {
            case ADD -> a.add(b, MathContext.DECIMAL64);
            case SUB -> a.subtract(b, MathContext.DECIMAL64);
            case MUL -> a.multiply(b, MathContext.DECIMAL64);
            case DIV -> b.signum() == 0 ? null : a.divide(b, MathContext.DECIMAL64);
            default -> b.signum() == 0 ? null : a.remainder(b, MathContext.DECIMAL64);
        };
    }

    private Object call(Function function, List<Node> args) {
        return switch (function) {
            case SELECTED -> Values.toSelection(eval(args.get(0))).contains(Values.toText(eval(args.get(1))).strip());
            case COUNT_SELECTED -> BigDecimal.valueOf(Values.toSelection(eval(args.get(0))).size());
            case STRING_LENGTH -> {
                String text = Values.toText(args.isEmpty() ? context.current() : eval(args.get(0)));
                yield BigDecimal.valueOf(text.codePointCount(0, text.length()));
            }
            case IF -> Values.toBoolean(eval(args.get(0))) ? eval(args.get(1)) : eval(args.get(2));
            case TODAY -> context.today();
            case NOT -> !Values.toBoolean(eval(args.get(0)));
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case CONCAT -> concat(args);
            case COALESCE -> {
                Object first = eval(args.get(0));
                yield Values.toText(first).isEmpty() ? eval(args.get(1)) : first;
            }
            case INT -> {
                BigDecimal n = Values.toNumber(eval(args.get(0)));
                yield n == null ? null : n.setScale(0, RoundingMode.DOWN);
            }
            case NUMBER -> Values.toNumber(eval(args.get(0)));
            case STRING -> Values.toText(eval(args.get(0)));
            case ROUND -> round(args);
            case CONTAINS -> Values.toText(eval(args.get(0))).contains(Values.toText(eval(args.get(1))));
            case STARTS_WITH -> Values.toText(eval(args.get(0))).startsWith(Values.toText(eval(args.get(1))));
            case DATE -> Values.toDate(eval(args.get(0)));
        };
    }

    private String concat(List<Node> args) {
        StringBuilder text = new StringBuilder();
        for (Node arg : args) {
            text.append(Values.toText(eval(arg)));
            if (text.length() > MAX_TEXT) {
                return text.substring(0, MAX_TEXT);
            }
        }
        return text.toString();
    }

    private BigDecimal round(List<Node> args) {
        BigDecimal n = Values.toNumber(eval(args.get(0)));
        BigDecimal places = args.size() > 1 ? Values.toNumber(eval(args.get(1))) : BigDecimal.ZERO;
        if (n == null || places == null || places.abs().intValue() > 20) {
            return null;
        }
        return n.setScale(places.intValue(), RoundingMode.HALF_UP);
    }
}
