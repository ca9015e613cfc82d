package vn.pulse.statistics;

import java.util.List;

/**
 * A design-based test of association between two categorical answers.
 *
 * @param rows          the row categories, in the order used
 * @param columns       the column categories
 * @param pearson       Pearson's X² of the weighted table scaled to the respondents' count
 * @param statistic     the Rao–Scott F statistic X²/tr(Δ)
 * @param numeratorDf   tr(Δ)²/tr(Δ²)
 * @param denominatorDf numeratorDf × the design's degrees of freedom
 * @param pValue        P(F ≥ statistic); NaN for non-probability samples
 */
public record Association(List<String> rows, List<String> columns, double pearson, double statistic,
                          double numeratorDf, double denominatorDf, double pValue) {

    public Association {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }
}
