package vn.pulse.questionnaire.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import vn.pulse.questionnaire.expression.ExpressionTest.Context;

/** Properties of the expression language over many generated inputs. */
class ExpressionProperties {

    /** A random arithmetic tree, and what it is worth computed directly in Java. */
    sealed interface Arith {
        record Num(long value) implements Arith {
        }

        record Op(char op, Arith left, Arith right) implements Arith {
        }
    }

    @Property(tries = 500)
    void minimal_parentheses_by_precedence_give_the_same_value_as_java(@ForAll("trees") Arith tree) {
        BigDecimal expected = value(tree);
        Object parsed = ExpressionTest.eval(render(tree, 0, false));
        assertThat((BigDecimal) parsed).isEqualByComparingTo(expected);
    }

    @Property(tries = 300)
    void comparisons_with_an_empty_answer_are_false_except_not_equal(@ForAll long n,
            @ForAll("comparisons") String op) {
        Object result = ExpressionTest.eval("${empty} " + op + " " + n, new HashMap<>());
        assertThat(result).isEqualTo("!=".equals(op));
    }

    @Property(tries = 300)
    void numbers_and_their_text_compare_equal(@ForAll long n) {
        Map<String, Object> answers = Map.of("n", n, "t", String.valueOf(n));
        assertThat(ExpressionTest.eval("${n} = ${t} and ${t} = " + n + " and ${n} >= ${t}", answers)).isEqualTo(true);
    }

    @Property(tries = 300)
    void boolean_laws_hold(@ForAll boolean a, @ForAll boolean b) {
        Map<String, Object> answers = Map.of("a", a ? "x" : "", "b", b ? BigDecimal.ONE : BigDecimal.ZERO);
        assertThat(ExpressionTest.eval("not(${a} and ${b}) = (not(${a}) or not(${b}))", answers)).isEqualTo(true);
        assertThat(ExpressionTest.eval("${a} or ${b}", answers)).isEqualTo(a || b);
        assertThat(ExpressionTest.eval("${a} and ${b} or true()", answers)).isEqualTo(true);
    }

    @Property(tries = 200)
    void selected_agrees_with_list_membership(@ForAll("choiceLists") List<String> chosen, @ForAll("choiceNames") String probe) {
        Map<String, Object> answers = Map.of("q", chosen);
        assertThat(ExpressionTest.eval("selected(${q}, '" + probe + "')", answers)).isEqualTo(chosen.contains(probe));
        assertThat(ExpressionTest.eval("count-selected(${q})", answers)).isEqualTo(BigDecimal.valueOf(chosen.size()));
    }

    @Property(tries = 1000)
    void any_text_either_parses_or_is_refused_with_a_position(@ForAll @StringLength(max = 300) String source) {
        assertParsesOrRefuses(source);
    }

    @Property(tries = 1000)
    void any_mix_of_language_tokens_parses_or_is_refused_fast(@ForAll("tokenSoup") String source) {
        assertParsesOrRefuses(source);
    }

    @Property(tries = 50)
    void nesting_beyond_the_limit_always_fails_fast(@ForAll @IntRange(min = 33, max = 200_000) int depth,
            @ForAll("openers") String opener) {
        String source = opener.repeat(depth) + "1" + ")".repeat(opener.endsWith("(") ? depth : 0);
        long start = System.nanoTime();
        assertThatThrownBy(() -> Expression.parse(source)).isInstanceOfSatisfying(ExpressionException.class,
                e -> assertThat(e.problem()).isIn(ExpressionException.Problem.TOO_DEEP, ExpressionException.Problem.TOO_LONG));
        // generous bound against pathological slowness, not a speed goal
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Property(tries = 500)
    void evaluating_a_parsed_expression_never_throws(@ForAll("tokenSoup") String source,
            @ForAll("answerValues") Object a) {
        Expression parsed;
        try {
            parsed = Expression.parse(source);
        } catch (ExpressionException e) {
            return;
        }
        Map<String, Object> answers = new HashMap<>();
        answers.put("a", a);
        parsed.evaluate(new Context(answers, a, Map.of()));
    }

    private static void assertParsesOrRefuses(String source) {
        try {
            Expression.parse(source);
        } catch (ExpressionException e) {
            assertThat(e.position()).isBetween(0, Math.max(source.length(), Expression.MAX_LENGTH));
        }
    }

    @Provide
    Arbitrary<Arith> trees() {
        return tree(4);
    }

    private Arbitrary<Arith> tree(int depth) {
        Arbitrary<Arith> leaf = Arbitraries.longs().between(0, 1000).map(Arith.Num::new);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Arith> op = Combinators.combine(Arbitraries.of('+', '-', '*'), tree(depth - 1), tree(depth - 1))
                .as(Arith.Op::new);
        return Arbitraries.oneOf(leaf, op);
    }

    private static BigDecimal value(Arith tree) {
        return switch (tree) {
            case Arith.Num n -> BigDecimal.valueOf(n.value());
            case Arith.Op o -> switch (o.op()) {
                case '+' -> value(o.left()).add(value(o.right()), MathContext.DECIMAL64);
                case '-' -> value(o.left()).subtract(value(o.right()), MathContext.DECIMAL64);
                default -> value(o.left()).multiply(value(o.right()), MathContext.DECIMAL64);
            };
        };
    }

    /** Writes the tree with only the parentheses precedence and left associativity require. */
    private static String render(Arith tree, int parentPrecedence, boolean rightOperand) {
        if (tree instanceof Arith.Op o) {
            int precedence = o.op() == '*' ? 2 : 1;
            String text = render(o.left(), precedence, false) + " " + o.op() + " " + render(o.right(), precedence, true);
            boolean needs = precedence < parentPrecedence || precedence == parentPrecedence && rightOperand;
            return needs ? "(" + text + ")" : text;
        }
        return String.valueOf(((Arith.Num) tree).value());
    }

    @Provide
    Arbitrary<String> comparisons() {
        return Arbitraries.of("=", "!=", "<", "<=", ">", ">=");
    }

    @Provide
    Arbitrary<String> choiceNames() {
        return Arbitraries.of("a", "b", "c", "gia_ca", "viec_lam");
    }

    @Provide
    Arbitrary<List<String>> choiceLists() {
        return choiceNames().list().uniqueElements().ofMaxSize(5);
    }

    @Provide
    Arbitrary<String> openers() {
        return Arbitraries.of("(", "-", "not(", "if(1,1,", "concat(");
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        return Arbitraries.of("${a}", "${b}", ".", "1", "2.5", "'x'", "\"y\"", "(", ")", ",", "+", "-", "*", "div", "mod",
                "=", "!=", "<", ">=", "and", "or", "not(", "if(", "selected(", "count-selected(", "string-length(",
                "today()", "concat(", "round(", "date(", "'2026-01-01'", " ").list().ofMaxSize(40)
                .map(tokens -> String.join("", tokens));
    }

    @Provide
    Arbitrary<Object> answerValues() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20).injectNull(0.2).map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l), Arbitraries.of(List.of("a", "b"), List.of()).map(l -> (Object) l),
                Arbitraries.of(true, false).map(b -> (Object) b));
    }
}
