package vn.pulse.statistics;

import java.util.Objects;

/**
 * Sufficient statistics of one cell of a cross-table within one primary sampling unit (or within
 * a stratum whose respondents are their own sampling units): what {@link RaoScott#association(
 * DesignType, LonelyPsu, java.util.Map, java.util.List)} needs instead of raw rows.
 *
 * @param stratum the stratum ({@link Design#WHOLE_POPULATION} when unstratified)
 * @param psu     the cluster, or null for the sums over a stratum's element respondents
 * @param row     the row category
 * @param column  the column category
 * @param n       respondents in the cell
 * @param sumW    Σw over them
 * @param sumW2   Σw² over them
 */
public record TableCellSums(String stratum, String psu, String row, String column, long n, double sumW, double sumW2) {

    public TableCellSums {
        Objects.requireNonNull(stratum, "stratum");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        if (n < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }
}
