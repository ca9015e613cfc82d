package vn.pulse.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.pulse.questionnaire.expression.Expression;
import vn.pulse.questionnaire.expression.ExpressionException;

/**
 * Parses every expression of a definition, checks that each {@code ${name}} exists, and orders the
 * questions so that relevance and calculations depend only on questions before them; a cycle
 * (a calculation that needs itself, two questions relevant on each other) is a problem.
 */
final class FormCompiler {

    static final String RELEVANT = "relevant";
    static final String CONSTRAINT = "constraint";
    static final String CALCULATION = "calculation";
    static final String CHOICE_FILTER = "choice_filter";

    private final FormDefinition form;
    private final List<FormProblem> problems = new ArrayList<>();
    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final Map<String, Question> matrixOfItem = new HashMap<>();
    private final Map<String, Section> sectionOf = new HashMap<>();
    private final Map<String, Expression> sectionRelevant = new HashMap<>();
    private final Map<String, Map<String, Expression>> expressions = new HashMap<>();

    FormCompiler(FormDefinition form) {
        this.form = form;
    }

    FormLogic compile() {
        FormStructureCheck.check(form, problems);
        for (Section section : form.sections()) {
            for (Question q : section.questions()) {
                questions.putIfAbsent(q.name(), q);
                sectionOf.putIfAbsent(q.name(), section);
                if (q.type() == QuestionType.MATRIX) {
                    q.items().forEach(item -> matrixOfItem.putIfAbsent(item.name(), q));
                }
            }
        }
        for (Section section : form.sections()) {
            Expression relevant = parse(section.name(), RELEVANT, section.relevant(), false);
            if (relevant != null) {
                sectionRelevant.put(section.name(), relevant);
            }
            section.questions().forEach(this::parseQuestion);
        }
        List<Question> order = new EvaluationOrder(questions, this::dependencies).sort(problems);
        SamplingPlanCheck.check(form, questions, problems);
        return new FormLogic(questions, matrixOfItem, sectionOf, sectionRelevant, expressions, order, problems);
    }

    private void parseQuestion(Question q) {
        if (questions.get(q.name()) != q) {
            return; // a duplicate name, reported by the structure check
        }
        Map<String, Expression> parsed = new HashMap<>();
        put(parsed, RELEVANT, parse(q.name(), RELEVANT, q.relevant(), false));
        put(parsed, CONSTRAINT, parse(q.name(), CONSTRAINT, q.constraint(), false));
        put(parsed, CALCULATION, parse(q.name(), CALCULATION, q.calculation(), false));
        put(parsed, CHOICE_FILTER, parse(q.name(), CHOICE_FILTER, q.choiceFilter(), true));
        expressions.put(q.name(), parsed);
    }

    private static void put(Map<String, Expression> parsed, String field, Expression expression) {
        if (expression != null) {
            parsed.put(field, expression);
        }
    }

    private Expression parse(String subject, String field, String source, boolean choiceFilter) {
        if (source == null) {
            return null;
        }
        try {
            Expression e = choiceFilter ? Expression.parseChoiceFilter(source) : Expression.parse(source);
            e.references().forEach((name, position) -> {
                if (!questions.containsKey(name) && !matrixOfItem.containsKey(name)) {
                    problems.add(new FormProblem(subject, field, null, "reference_unknown",
                            "questionnaire.problem.reference_unknown", List.of(name, position + 1), position));
                }
            });
            return e;
        } catch (ExpressionException e) {
            List<Object> args = new ArrayList<>(e.args());
            args.addFirst(e.position() + 1);
            problems.add(new FormProblem(subject, field, null, "expression", e.messageKey(), args, e.position()));
            return null;
        }
    }

    /** Questions whose answers decide this one's relevance or value. */
    private Set<String> dependencies(Question q) {
        Set<String> names = new LinkedHashSet<>();
        Map<String, Expression> own = expressions.getOrDefault(q.name(), Map.of());
        addReferences(names, own.get(RELEVANT));
        addReferences(names, own.get(CALCULATION));
        Section section = sectionOf.get(q.name());
        if (section != null) {
            addReferences(names, sectionRelevant.get(section.name()));
        }
        return names;
    }

    private void addReferences(Set<String> names, Expression e) {
        if (e == null) {
            return;
        }
        for (String name : e.references().keySet()) {
            Question owner = matrixOfItem.get(name);
            names.add(owner != null ? owner.name() : name);
        }
    }
}
