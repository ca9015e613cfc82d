package vn.pulse.analytics;

import java.util.List;
import vn.pulse.statistics.DesignSummary;
import vn.pulse.statistics.Difference;
import vn.pulse.statistics.EstimateTable;

/**
 * A question by area: the provinces of the country, or the communes of a province, each with its
 * estimates and how it differs from the rest of the areas shown.
 *
 * @param scopeCode the area whose children are shown; null for the whole country
 */
public record AreaBreakdown(String question, DesignSummary design, String scopeCode, List<AreaRow> areas) {

    public AreaBreakdown {
        areas = List.copyOf(areas);
    }

    /**
     * @param n             respondents who answered; null when the area is suppressed
     * @param estimates     per option, as the estimates API
     * @param versusOthers  per option (same order), this area against all other areas shown
     *                      (reference = the others); empty for non-probability samples
     */
    public record AreaRow(String code, String name, Long n, List<EstimateTable.OptionEstimate> estimates,
                          List<Difference> versusOthers) {
        public AreaRow {
            estimates = List.copyOf(estimates);
            versusOthers = List.copyOf(versusOthers);
        }
    }
}
