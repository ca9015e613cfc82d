package vn.pulse.questionnaire;

import java.util.List;
import vn.pulse.base.DomainException;

/** A questionnaire cannot be published (or a plan saved) until these problems are fixed. */
public class FormProblemsException extends DomainException {

    private final transient List<FormProblem> problems;

    FormProblemsException(List<FormProblem> problems) {
        super(Kind.INVALID, "questionnaire_invalid", "questionnaire.error.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<FormProblem> problems() {
        return problems;
    }
}
