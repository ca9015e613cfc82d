package vn.pulse.questionnaire.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pulse.questionnaire.expression.ExpressionException.Problem;

class ExpressionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    /** Answers by name, {@code .} and today's date. */
    record Context(Map<String, Object> answers, Object current, Map<String, Object> choice) implements EvaluationContext {
        Context(Map<String, Object> answers) {
            this(answers, null, Map.of());
        }

        @Override
        public Object answer(String name) {
            return answers.get(name);
        }

        @Override
        public LocalDate today() {
            return TODAY;
        }

        @Override
        public Object choiceAttribute(String name) {
            return choice.get(name);
        }
    }

    static Object eval(String source, Map<String, Object> answers) {
        return Expression.parse(source).evaluate(new Context(answers));
    }

    static Object eval(String source) {
        return eval(source, Map.of());
    }

    @Test
    void multiplication_binds_tighter_than_addition_and_comparison_tighter_than_and() {
        assertThat(eval("1 + 2 * 3")).isEqualTo(new BigDecimal("7"));
        assertThat(eval("(1 + 2) * 3")).isEqualTo(new BigDecimal("9"));
        assertThat(eval("10 - 4 - 3")).isEqualTo(new BigDecimal("3"));
        assertThat(eval("7 div 2")).isEqualTo(new BigDecimal("3.5"));
        assertThat(eval("7 mod 4 * 2")).isEqualTo(new BigDecimal("6"));
        assertThat(eval("-2 * -3")).isEqualTo(new BigDecimal("6"));
        assertThat(eval("1 = 1 and 2 > 3 or 4 >= 4")).isEqualTo(true);
        assertThat(eval("1 = 1 and (2 > 3 or 4 < 4)")).isEqualTo(false);
        assertThat(eval("1 < 2 = true()")).isEqualTo(true);
    }

    @Test
    void references_read_answers_and_the_dot_reads_the_answer_checked() {
        Map<String, Object> answers = Map.of("age", 34L, "sex", "nu");
        assertThat(eval("${age} >= 18 and ${sex} = 'nu'", answers)).isEqualTo(true);
        Expression constraint = Expression.parse(". >= 15 and . <= 120");
        assertThat(constraint.test(new Context(Map.of(), 130L, Map.of()))).isFalse();
        assertThat(constraint.test(new Context(Map.of(), 40L, Map.of()))).isTrue();
        assertThat(constraint.usesCurrent()).isTrue();
        assertThat(Expression.parse("${a} + ${b} > ${a}").references()).containsExactly(Map.entry("a", 0),
                Map.entry("b", 7));
    }

    @Test
    void empty_answers_are_empty_strings_false_and_not_numbers() {
        Map<String, Object> none = new HashMap<>();
        assertThat(eval("${x} = ''", none)).isEqualTo(true);
        assertThat(eval("${x} != ''", none)).isEqualTo(false);
        assertThat(eval("${x} > 3", none)).isEqualTo(false);
        assertThat(eval("${x} < 3", none)).isEqualTo(false);
        assertThat(eval("${x} = 0", none)).isEqualTo(false);
        assertThat(eval("${x} + 1", none)).isNull();
        assertThat(eval("not(${x})", none)).isEqualTo(true);
        assertThat(eval("string-length(${x})", none)).isEqualTo(BigDecimal.ZERO);
        assertThat(eval("count-selected(${x})", none)).isEqualTo(BigDecimal.ZERO);
        assertThat(eval("coalesce(${x}, 'khác')", none)).isEqualTo("khác");
        assertThat(eval("${x} = ''", Map.of("x", ""))).isEqualTo(true);
    }

    @Test
    void types_convert_as_in_xpath() {
        assertThat(eval("'5' = 5")).isEqualTo(true);
        assertThat(eval("'05.0' = 5")).isEqualTo(true);
        assertThat(eval("'abc' > 1")).isEqualTo(false);
        assertThat(eval("'abc' = 'abc'")).isEqualTo(true);
        assertThat(eval("true() = 'x'")).isEqualTo(true);
        assertThat(eval("${n} * 2", Map.of("n", new BigDecimal("2.5")))).isEqualTo(new BigDecimal("5.0"));
        assertThat(eval("${n} * 2", Map.of("n", 3))).isEqualTo(new BigDecimal("6"));
        assertThat(eval("1 div 0")).isNull();
        assertThat(eval("5 mod 0")).isNull();
        assertThat(eval("int(7.9)")).isEqualTo(new BigDecimal("7"));
        assertThat(eval("round(2.345, 2)")).isEqualTo(new BigDecimal("2.35"));
        assertThat(eval("number('x')")).isNull();
        assertThat(eval("string(1.50)")).isEqualTo("1.5");
        assertThat(eval("concat('Xin ', 'chào', ' ', 3)")).isEqualTo("Xin chào 3");
        assertThat(eval("if(2 > 1, 'có', 'không')")).isEqualTo("có");
    }

    @Test
    void dates_compare_as_dates_and_count_days_in_arithmetic() {
        Map<String, Object> answers = Map.of("born", LocalDate.of(2000, 1, 1), "when", "2026-11-30");
        assertThat(eval("${born} < today()", answers)).isEqualTo(true);
        assertThat(eval("${when} > today()", answers)).isEqualTo(true);
        assertThat(eval("today() - date('2026-11-19')", answers)).isEqualTo(new BigDecimal("10"));
        assertThat(eval("${born} = '2000-01-01'", answers)).isEqualTo(true);
        assertThat(eval("today()")).isEqualTo(TODAY);
    }

    @Test
    void selected_and_count_selected_read_multiple_choices() {
        Map<String, Object> answers = Map.of("concerns", List.of("gia_ca", "viec_lam"), "one", "gia_ca");
        assertThat(eval("selected(${concerns}, 'viec_lam')", answers)).isEqualTo(true);
        assertThat(eval("selected(${concerns}, 'y_te')", answers)).isEqualTo(false);
        assertThat(eval("count-selected(${concerns})", answers)).isEqualTo(new BigDecimal("2"));
        assertThat(eval("selected(${one}, 'gia_ca')", answers)).isEqualTo(true);
        assertThat(eval("selected('a b c', 'b')")).isEqualTo(true);
        assertThat(eval("string-length('Tiếng Việt')")).isEqualTo(new BigDecimal("10"));
        assertThat(eval("contains('Tuyên Quang', 'Quang') and starts-with('Tuyên', 'Tu')")).isEqualTo(true);
    }

    @Test
    void and_or_and_if_evaluate_only_what_they_need() {
        // the right side would divide by an empty answer; short-circuiting never looks at it
        assertThat(eval("false() and (1 div ${x} > 0)")).isEqualTo(false);
        assertThat(eval("true() or ${x} > 0")).isEqualTo(true);
        assertThat(eval("if(true(), 1, 1 div 0)")).isEqualTo(BigDecimal.ONE);
    }

    @Test
    void choice_filters_read_columns_of_the_choice() {
        Expression filter = Expression.parseChoiceFilter("province = ${province}");
        Context tuyenQuang = new Context(Map.of("province", "08"), null, Map.of("province", "08"));
        Context haNoi = new Context(Map.of("province", "08"), null, Map.of("province", "01"));
        assertThat(filter.test(tuyenQuang)).isTrue();
        assertThat(filter.test(haNoi)).isFalse();
        assertThatThrownBy(() -> Expression.parse("province = ${province}"))
                .isInstanceOfSatisfying(ExpressionException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.BARE_NAME);
                    assertThat(e.position()).isZero();
                });
    }

    @Test
    void errors_name_the_problem_and_its_position() {
        assertProblem("${age} >= ", Problem.UNEXPECTED_END, 10);
        assertProblem("${age} >= 18)", Problem.UNEXPECTED_TOKEN, 12);
        assertProblem("(${a} + 1", Problem.UNEXPECTED_END, 9);
        assertProblem("${a} == 1", Problem.UNSUPPORTED_OPERATOR, 5);
        assertProblem("${a} / 2", Problem.UNSUPPORTED_OPERATOR, 5);
        assertProblem("${a b} = 1", Problem.BAD_REFERENCE, 0);
        assertProblem("${a = 1", Problem.BAD_REFERENCE, 0);
        assertProblem("'open", Problem.UNTERMINATED_STRING, 0);
        assertProblem("1 + # 2", Problem.UNEXPECTED_CHARACTER, 4);
        assertProblem("selected(${a})", Problem.WRONG_ARITY, 0);
        assertProblem("1 = 1 and exec('rm -rf /')", Problem.UNKNOWN_FUNCTION, 10);
        assertProblem("java.lang.Runtime.getRuntime()", Problem.UNKNOWN_FUNCTION, 0);
        assertProblem("  ", Problem.EMPTY, 0);
        assertProblem("../x", Problem.UNSUPPORTED_OPERATOR, 0);
        assertProblem("1234567890123456789012345678901", Problem.NUMBER_TOO_LONG, 0);
    }

    @Test
    void deep_nesting_and_huge_input_fail_fast() {
        assertProblem("(".repeat(10_000) + "1" + ")".repeat(10_000), Problem.TOO_LONG, Expression.MAX_LENGTH);
        assertProblem("(".repeat(500) + "1" + ")".repeat(500), Problem.TOO_DEEP, Parser.MAX_DEPTH);
        assertProblem("-".repeat(100) + "1", Problem.TOO_DEEP, Parser.MAX_DEPTH);
        assertProblem("not(".repeat(100) + "1" + ")".repeat(100), Problem.TOO_DEEP, 4 * Parser.MAX_DEPTH);
        assertThatThrownBy(() -> Expression.parse("1" + "+1".repeat(900)))
                .isInstanceOfSatisfying(ExpressionException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
        assertThatThrownBy(() -> Expression.parse("'" + "x".repeat(5_000_000) + "'"))
                .isInstanceOfSatisfying(ExpressionException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LONG));
    }

    @Test
    void text_built_from_huge_answers_is_capped() {
        String huge = "x".repeat(60_000);
        Object result = eval("concat(${a}, ${a}, ${a})", Map.of("a", huge));
        assertThat(((String) result).length()).isEqualTo(Evaluator.MAX_TEXT);
        assertThat(eval("string-length(${a}) > 50000", Map.of("a", huge))).isEqualTo(true);
    }

    @Test
    void every_problem_has_a_message_in_both_languages() throws Exception {
        var vi = new java.util.Properties();
        var en = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("/i18n/questionnaire.properties");
                var b = getClass().getResourceAsStream("/i18n/questionnaire_en.properties")) {
            vi.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (Problem p : Problem.values()) {
            assertThat(vi).containsKey(p.messageKey());
            assertThat(en).containsKey(p.messageKey());
        }
    }

    private static void assertProblem(String source, Problem problem, int position) {
        assertThatThrownBy(() -> Expression.parse(source))
                .isInstanceOfSatisfying(ExpressionException.class, e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.position()).isEqualTo(position);
                });
    }
}
