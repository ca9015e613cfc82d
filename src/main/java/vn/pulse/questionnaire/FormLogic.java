package vn.pulse.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.pulse.questionnaire.expression.Expression;

/**
 * The logic of a {@link FormDefinition}, parsed once: expressions by question, lookups by name,
 * and the order in which relevance and calculations are worked out (every question after those
 * it depends on). Expressions that do not parse are absent here and listed in {@link #problems()}.
 */
public final class FormLogic {

    private final Map<String, Question> questions;
    private final Map<String, Question> matrixOfItem;
    private final Map<String, Section> sectionOf;
    private final Map<String, Expression> sectionRelevant;
    private final Map<String, Map<String, Expression>> expressions;
    private final List<Question> evaluationOrder;
    private final List<FormProblem> problems;

    FormLogic(Map<String, Question> questions, Map<String, Question> matrixOfItem, Map<String, Section> sectionOf,
            Map<String, Expression> sectionRelevant, Map<String, Map<String, Expression>> expressions,
            List<Question> evaluationOrder, List<FormProblem> problems) {
        this.questions = Map.copyOf(questions);
        this.matrixOfItem = Map.copyOf(matrixOfItem);
        this.sectionOf = Map.copyOf(sectionOf);
        this.sectionRelevant = Map.copyOf(sectionRelevant);
        this.expressions = Map.copyOf(expressions);
        this.evaluationOrder = List.copyOf(evaluationOrder);
        this.problems = List.copyOf(problems);
    }

    static FormLogic compile(FormDefinition form) {
        return new FormCompiler(form).compile();
    }

    public Optional<Question> question(String name) {
        return Optional.ofNullable(questions.get(name));
    }

    /** The matrix question a matrix item belongs to ({@code ${item}} reads that item's answer). */
    public Optional<Question> matrixOfItem(String itemName) {
        return Optional.ofNullable(matrixOfItem.get(itemName));
    }

    public Section sectionOf(String questionName) {
        return sectionOf.get(questionName);
    }

    public Optional<Expression> sectionRelevant(String sectionName) {
        return Optional.ofNullable(sectionRelevant.get(sectionName));
    }

    public Optional<Expression> relevant(String question) {
        return expression(question, FormCompiler.RELEVANT);
    }

    public Optional<Expression> constraint(String question) {
        return expression(question, FormCompiler.CONSTRAINT);
    }

    public Optional<Expression> calculation(String question) {
        return expression(question, FormCompiler.CALCULATION);
    }

    public Optional<Expression> choiceFilter(String question) {
        return expression(question, FormCompiler.CHOICE_FILTER);
    }

    /** Questions in the order relevance and calculations must be evaluated. */
    public List<Question> evaluationOrder() {
        return evaluationOrder;
    }

    public List<FormProblem> problems() {
        return problems;
    }

    private Optional<Expression> expression(String question, String field) {
        return Optional.ofNullable(expressions.getOrDefault(question, Map.of()).get(field));
    }
}
