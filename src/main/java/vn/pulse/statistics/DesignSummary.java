package vn.pulse.statistics;

import java.util.List;

/**
 * What a reader needs to know about the method behind a table of estimates.
 *
 * @param type              how the sample was drawn
 * @param weighting         the weighting steps, in order ({@code [NONE]} when unweighted)
 * @param probabilitySample whether margins of error may be shown; when false, show counts and
 *                          shares with a "non-probability sample" label
 */
public record DesignSummary(DesignType type, List<WeightingMethod> weighting, boolean probabilitySample) {

    public DesignSummary {
        weighting = List.copyOf(weighting);
    }
}
