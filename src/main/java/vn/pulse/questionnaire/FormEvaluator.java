package vn.pulse.questionnaire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.pulse.questionnaire.AnswerCoercion.Coerced;
import vn.pulse.questionnaire.expression.EvaluationContext;
import vn.pulse.questionnaire.expression.Expression;

/**
 * The server-side logic of a questionnaire, the same for the live form and for every submission:
 * coerce each raw answer to its type, work out relevance and calculations in dependency order,
 * drop the answers to questions that are not asked, then check required answers, choices and
 * constraints. Plain Java and thread-safe; the parsed logic comes with the {@link FormDefinition}.
 */
public final class FormEvaluator {

    private FormEvaluator() {
    }

    /**
     * Evaluates raw answers (question name → value as sent: strings, numbers, lists, maps, or the
     * Java types of {@link QuestionType}) against a version.
     *
     * @param today the date {@code today()} means (the submission's date in Asia/Ho_Chi_Minh)
     */
    public static FormEvaluation evaluate(FormDefinition form, Map<String, ?> rawAnswers, LocalDate today) {
        FormLogic logic = form.logic();
        List<AnswerError> errors = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        Set<String> badType = new HashSet<>();
        rawAnswers.forEach((name, raw) -> {
            Question q = logic.question(name).orElse(null);
            if (q == null) {
                errors.add(AnswerError.of(name, "unknown_question", List.of(name)));
                return;
            }
            Coerced c = AnswerCoercion.coerce(q, raw);
            if (c.error() != null) {
                errors.add(AnswerError.of(name, c.error(), c.args()));
                badType.add(name);
            } else if (c.value() != null) {
                values.put(name, c.value());
            }
        });
        Set<String> relevant = applyLogic(form, values, today);
        errors.removeIf(e -> badType.contains(e.question()) && !relevant.contains(e.question()));
        for (Question q : form.questions()) {
            if (relevant.contains(q.name()) && !badType.contains(q.name()) && logic.question(q.name()).orElse(null) == q) {
                check(form, q, values, today, errors);
            }
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question q : form.questions()) {
            Object value = values.get(q.name());
            if (value != null && relevant.contains(q.name())) {
                answers.put(q.name(), value);
            }
        }
        return new FormEvaluation(answers, errors, relevant);
    }

    /** The choices a question offers given the other answers (its choice filter applied). */
    public static List<Choice> choicesFor(FormDefinition form, Question q, Map<String, ?> answers, LocalDate today) {
        Expression filter = form.logic().choiceFilter(q.name()).orElse(null);
        if (filter == null) {
            return q.choices();
        }
        Answers context = new Answers(form, answers, today);
        return q.choices().stream().filter(c -> filter.test(context.forChoice(c))).toList();
    }

    /** The answers a new form starts with: each question's default, typed. */
    public static Map<String, Object> initialAnswers(FormDefinition form) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question q : form.questions()) {
            Object value = AnswerCoercion.coerce(q, q.defaultValue()).value();
            if (value != null) {
                answers.put(q.name(), value);
            }
        }
        return answers;
    }

    /** Relevance and calculations, in dependency order; irrelevant answers are removed from {@code values}. */
    private static Set<String> applyLogic(FormDefinition form, Map<String, Object> values, LocalDate today) {
        FormLogic logic = form.logic();
        Set<String> relevant = new HashSet<>();
        Answers context = new Answers(form, values, today);
        for (Question q : logic.evaluationOrder()) {
            Section section = logic.sectionOf(q.name());
            boolean asked = logic.sectionRelevant(section.name()).map(e -> e.test(context)).orElse(true)
                    && logic.relevant(q.name()).map(e -> e.test(context.withCurrent(values.get(q.name())))).orElse(true);
            if (!asked) {
                values.remove(q.name());
                continue;
            }
            relevant.add(q.name());
            Expression calculation = logic.calculation(q.name()).orElse(null);
            if (calculation != null) {
                Object result = calculation.evaluate(context);
                Object typed = q.type() == QuestionType.CALCULATE ? result : AnswerCoercion.coerce(q, result).value();
                if (typed == null) {
                    values.remove(q.name());
                } else {
                    values.put(q.name(), typed);
                }
            }
        }
        return relevant;
    }

    private static void check(FormDefinition form, Question q, Map<String, Object> values, LocalDate today,
            List<AnswerError> errors) {
        Object value = values.get(q.name());
        if (value == null) {
            if (q.required()) {
                errors.add(AnswerError.of(q.name(), "required", List.of()));
            }
            return;
        }
        if (q.type() == QuestionType.MATRIX && q.required() && ((Map<?, ?>) value).size() < q.items().size()) {
            errors.add(AnswerError.of(q.name(), "required", List.of()));
        }
        if (form.logic().choiceFilter(q.name()).isPresent()) {
            Set<String> offered = new HashSet<>(choicesFor(form, q, values, today).stream().map(Choice::name).toList());
            List<String> chosen = value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                    : List.of(String.valueOf(value));
            chosen.stream().filter(c -> !offered.contains(c)).findFirst()
                    .ifPresent(c -> errors.add(AnswerError.of(q.name(), "unknown_choice", List.of(c))));
        }
        Expression constraint = form.logic().constraint(q.name()).orElse(null);
        if (constraint != null && !constraint.test(new Answers(form, values, today).withCurrent(value))) {
            errors.add(new AnswerError(q.name(), "constraint", "questionnaire.answer.constraint", List.of(),
                    q.constraintMessage()));
        }
    }

    /** The answers as expressions see them: matrix items by their own names, {@code .}, choice columns. */
    private record Answers(FormDefinition form, Map<String, ?> values, LocalDate today, Object current, Choice choice)
            implements EvaluationContext {

        Answers(FormDefinition form, Map<String, ?> values, LocalDate today) {
            this(form, values, today, null, null);
        }

        Answers withCurrent(Object value) {
            return new Answers(form, values, today, value, choice);
        }

        Answers forChoice(Choice c) {
            return new Answers(form, values, today, current, c);
        }

        @Override
        public Object answer(String name) {
            Object value = values.get(name);
            if (value == null) {
                Question matrix = form.logic().matrixOfItem(name).orElse(null);
                if (matrix != null && values.get(matrix.name()) instanceof Map<?, ?> items) {
                    return items.get(name);
                }
            }
            return value;
        }

        @Override
        public Object choiceAttribute(String name) {
            if (choice == null) {
                return null;
            }
            return switch (name) {
                case "name" -> choice.name();
                case "label" -> choice.label().in(form.defaultLanguage(), form.defaultLanguage());
                default -> choice.attributes().get(name);
            };
        }
    }
}
