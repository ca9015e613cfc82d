package vn.pulse.statistics;

import java.util.List;

/**
 * A question's estimates per group and period, with the method behind them: the shape of the
 * estimates API ({@code GET /api/v1/surveys/{id}/estimates}).
 *
 * @param design the design's type, weighting and whether margins of error may be shown
 * @param groups one per (group, period) with respondents, ordered by group then period
 */
public record EstimateTable(DesignSummary design, List<Group> groups) {

    public EstimateTable {
        groups = List.copyOf(groups);
    }

    /**
     * @param by        the group's label (null when not grouped)
     * @param period    the period's label (null when not by period)
     * @param n         respondents who answered; null when the group is suppressed
     * @param estimates one per option, or a single one with a null option for numeric questions
     */
    public record Group(String by, String period, Long n, List<OptionEstimate> estimates) {
        public Group {
            estimates = List.copyOf(estimates);
        }

        public boolean suppressed() {
            return n == null;
        }
    }

    /** @param option the option's code; null for a numeric question's mean */
    public record OptionEstimate(String option, Estimate estimate) {
    }
}
