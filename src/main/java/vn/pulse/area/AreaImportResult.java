package vn.pulse.area;

import java.util.List;

/**
 * Outcome of an area CSV import. An import is all or nothing: when {@code errors} is not empty,
 * nothing was written.
 */
public record AreaImportResult(int added, int renamed, int moved, int unchanged, List<LineError> errors) {

    /** A problem in one line of the file (line 1 is the header). */
    public record LineError(int line, String column, String messageKey, List<Object> args) {
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
