package vn.pulse.questionnaire.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed expression: immutable, thread-safe, parsed once and evaluated for every submission.
 * {@link #parse} refuses (with {@link ExpressionException}) anything outside the language.
 */
public final class Expression {

    /** Longest expression accepted; real XLSForm logic is a line or two. */
    public static final int MAX_LENGTH = 2_000;

    private final String source;
    private final Node root;
    private final Map<String, Integer> references;
    private final boolean usesCurrent;

    private Expression(String source, Node root) {
        this.source = source;
        this.root = root;
        Map<String, Integer> found = new LinkedHashMap<>();
        boolean[] current = {false};
        collect(root, found, current);
        Map<String, Integer> inOrder = new LinkedHashMap<>();
        found.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> inOrder.put(e.getKey(), e.getValue()));
        this.references = Collections.unmodifiableMap(inOrder);
        this.usesCurrent = current[0];
    }

    /** Parses relevance, constraint and calculation expressions: every name must be {@code ${…}}. */
    public static Expression parse(String source) {
        return parse(source, false);
    }

    /** Parses a choice filter, where bare names are columns of the choices sheet (e.g. {@code province=${province}}). */
    public static Expression parseChoiceFilter(String source) {
        return parse(source, true);
    }

    private static Expression parse(String source, boolean choiceFilter) {
        if (source == null || source.isBlank()) {
            throw new ExpressionException(ExpressionException.Problem.EMPTY, 0);
        }
        if (source.length() > MAX_LENGTH) {
            throw new ExpressionException(ExpressionException.Problem.TOO_LONG, MAX_LENGTH, MAX_LENGTH);
        }
        return new Expression(source, Parser.parse(Tokenizer.tokenize(source), choiceFilter));
    }

    /** The value of the expression: null, String, BigDecimal, Boolean, LocalDate or List&lt;String&gt;. */
    public Object evaluate(EvaluationContext context) {
        return new Evaluator(context).eval(root);
    }

    /** The expression read as a condition (relevance, constraint, choice filter). */
    public boolean test(EvaluationContext context) {
        return Values.toBoolean(evaluate(context));
    }

    /** Names referenced as {@code ${name}}, each with the position of its first use, in order of appearance. */
    public Map<String, Integer> references() {
        return references;
    }

    public boolean usesCurrent() {
        return usesCurrent;
    }

    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }

    private static void collect(Node node, Map<String, Integer> found, boolean[] current) {
        List<Node> pending = new ArrayList<>(List.of(node));
        while (!pending.isEmpty()) {
            Node n = pending.removeLast();
            switch (n) {
                case Node.Reference r -> found.merge(r.name(), r.position(), Math::min);
                case Node.Current c -> current[0] = true;
                case Node.Negate neg -> pending.add(neg.operand());
                case Node.Binary b -> {
                    pending.add(b.right());
                    pending.add(b.left());
                }
                case Node.Call call -> pending.addAll(call.args().reversed());
                default -> {
                    // literals and choice columns reference no answer
                }
            }
        }
    }
}
