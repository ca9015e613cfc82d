package vn.pulse.questionnaire;

import java.util.List;

/**
 * What reading an XLSForm file gave: the definition, or the problems that stop it (each with its
 * sheet, row and column), and warnings either way.
 */
public record XlsFormImport(FormDefinition definition, List<XlsFormProblem> problems) {

    public XlsFormImport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return definition != null && problems.stream().noneMatch(XlsFormProblem::blocking);
    }

    public List<XlsFormProblem> errors() {
        return problems.stream().filter(XlsFormProblem::blocking).toList();
    }

    public List<XlsFormProblem> warnings() {
        return problems.stream().filter(p -> !p.blocking()).toList();
    }
}
