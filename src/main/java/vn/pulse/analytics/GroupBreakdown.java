package vn.pulse.analytics;

import java.util.List;
import vn.pulse.statistics.DesignSummary;

/**
 * A question by the answers to a key group question (men and women, age groups, ...), each group
 * with its estimates and how it differs from the other groups shown, in the group question's order.
 *
 * @param byQuestion the group question
 * @param groups     one row per answer to it: code = the choice name, name = its label
 */
public record GroupBreakdown(String question, DesignSummary design, String byQuestion, List<AreaBreakdown.AreaRow> groups) {

    public GroupBreakdown {
        groups = List.copyOf(groups);
    }
}
