package vn.pulse.analytics;

import java.util.List;
import vn.pulse.statistics.Association;
import vn.pulse.statistics.DesignSummary;
import vn.pulse.statistics.EstimateTable;

/**
 * A single-choice question by area: the option shares within each area (column shares) and the
 * Rao–Scott test of independence between answer and area.
 *
 * @param association the second-order Rao–Scott F test (statistic, dfs, p); null when fewer than two
 *                    options or areas have respondents
 */
public record CrossTab(String question, DesignSummary design, List<String> options,
                       List<AreaBreakdown.AreaRow> areas, Association association) {

    public CrossTab {
        options = List.copyOf(options);
        areas = List.copyOf(areas);
    }

    /** The areas' estimates as one table. */
    public List<EstimateTable.OptionEstimate> column(int index) {
        return areas.get(index).estimates();
    }
}
