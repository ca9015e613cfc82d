package vn.pulse.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of evaluating one submission against a version.
 *
 * @param answers  cleaned answers of the relevant questions, in form order, typed as described by
 *                 {@link QuestionType} (irrelevant answers dropped, calculations recomputed)
 * @param errors   what must be fixed before the submission can be accepted; empty when valid
 * @param relevant names of the questions that are asked, given these answers
 */
public record FormEvaluation(Map<String, Object> answers, List<AnswerError> errors, Set<String> relevant) {

    public FormEvaluation {
        answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
        errors = List.copyOf(errors);
        relevant = Set.copyOf(relevant);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public boolean isRelevant(String question) {
        return relevant.contains(question);
    }

    public List<AnswerError> errorsFor(String question) {
        return errors.stream().filter(e -> e.question().equals(question)).toList();
    }
}
