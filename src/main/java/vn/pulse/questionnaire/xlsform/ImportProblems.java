package vn.pulse.questionnaire.xlsform;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import vn.pulse.questionnaire.XlsFormProblem;

/** Collects the problems of one import, each with its place in the workbook. */
final class ImportProblems {

    private final List<XlsFormProblem> all = new ArrayList<>();

    /** A blocking problem at a cell; {@code rowIndex} and {@code columnIndex} are 0-based, -1 for none. */
    void error(String sheet, int rowIndex, int columnIndex, String column, String code, Object... args) {
        add(sheet, rowIndex, columnIndex, column, true, code, args);
    }

    void warning(String sheet, int rowIndex, int columnIndex, String column, String code, Object... args) {
        add(sheet, rowIndex, columnIndex, column, false, code, args);
    }

    void add(XlsFormProblem problem) {
        all.add(problem);
    }

    private void add(String sheet, int rowIndex, int columnIndex, String column, boolean blocking, String code,
            Object... args) {
        String cell = rowIndex >= 0 && columnIndex >= 0 ? new CellReference(rowIndex, columnIndex).formatAsString() : "";
        all.add(new XlsFormProblem(sheet, rowIndex + 1, column, cell, blocking, code, "questionnaire.xlsform." + code,
                List.of(args)));
    }

    boolean hasErrors() {
        return all.stream().anyMatch(XlsFormProblem::blocking);
    }

    List<XlsFormProblem> list() {
        return List.copyOf(all);
    }
}
