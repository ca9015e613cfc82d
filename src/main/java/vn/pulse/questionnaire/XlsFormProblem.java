package vn.pulse.questionnaire;

import java.util.List;

/**
 * Something found in an XLSForm file, where it is: sheet, row (1-based as Excel shows it; 0 for
 * the sheet as a whole), column header and cell (e.g. {@code "D7"}). A blocking problem stops the
 * import (nothing is saved); a warning names something Pulse records itself and leaves out
 * (e.g. the {@code start}/{@code end} metadata rows).
 */
public record XlsFormProblem(String sheet, int row, String column, String cell, boolean blocking, String code,
        String messageKey, List<Object> args) {

    public XlsFormProblem {
        args = args == null ? List.of() : List.copyOf(args);
        column = column == null ? "" : column;
        cell = cell == null ? "" : cell;
    }
}
