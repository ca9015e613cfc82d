package vn.pulse.questionnaire;

import java.util.List;

/**
 * Something that stops a questionnaire from being published: a duplicate name, a broken
 * expression, a reference to a question that does not exist, a cycle, a bad sampling plan.
 *
 * @param subject  the question, section or form (its name) the problem is about
 * @param field    where in it: an XLSForm column ({@code name}, {@code relevant}, {@code constraint},
 *                 {@code calculation}, {@code choice_filter}, {@code default}, {@code label}, …),
 *                 {@code choices}, {@code items}, or {@code sampling}
 * @param choice   the choice or item concerned, or null
 * @param position 0-based character position in an expression, or -1
 */
public record FormProblem(String subject, String field, String choice, String code, String messageKey,
        List<Object> args, int position) {

    public FormProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    static FormProblem of(String subject, String field, String code, Object... args) {
        return new FormProblem(subject, field, null, code, "questionnaire.problem." + code, List.of(args), -1);
    }

    static FormProblem ofChoice(String subject, String field, String choice, String code, Object... args) {
        return new FormProblem(subject, field, choice, code, "questionnaire.problem." + code, List.of(args), -1);
    }
}
