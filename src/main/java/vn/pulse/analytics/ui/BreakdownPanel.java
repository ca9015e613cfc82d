package vn.pulse.analytics.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.pulse.analytics.AreaBreakdown;
import vn.pulse.base.Formats;
import vn.pulse.statistics.Difference;
import vn.pulse.statistics.Estimate;
import vn.pulse.statistics.EstimateTable;

/**
 * One option of a question across groups (areas, or respondent groups such as age groups): a bar
 * chart, red or blue where a group differs significantly from the others and grey where it does
 * not, over its accessible table with n, estimate, 95% interval and the difference.
 */
class BreakdownPanel extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Chart chart;
    private final Grid<AreaBreakdown.AreaRow> table = new Grid<>();
    private final String title;
    private String option;
    private boolean share;

    /**
     * @param chartId    the chart's element id
     * @param tableId    the table's element id
     * @param nameHeader the heading of the groups' column
     * @param versus     the heading of the difference column ("against the other areas")
     */
    BreakdownPanel(String chartId, String tableId, String title, String nameHeader, String versus) {
        this.title = title;
        chart = new Chart(chartId, "160px");
        table.setId(tableId);
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.setAllRowsVisible(true);
        table.addColumn(AreaBreakdown.AreaRow::name).setHeader(nameHeader);
        table.addColumn(r -> r.n() == null ? EstimateText.WITHHELD : Formats.integer(r.n(), getLocale()))
                .setHeader(getTranslation("analytics.table.n"));
        table.addColumn(r -> EstimateText.value(chosen(r), share, getLocale()))
                .setHeader(getTranslation("analytics.table.estimate"));
        table.addColumn(r -> EstimateText.interval(chosen(r), share, getLocale()))
                .setHeader(getTranslation("analytics.table.interval"));
        table.addColumn(r -> EstimateText.change(difference(r), share, getLocale(), getTranslation("analytics.points")))
                .setHeader(versus);
        setWidthFull();
        add(chart, table);
    }

    /**
     * Shows {@code option} (null for a numeric question's mean) of each row, ranked from the highest
     * when {@code ranked}, else in the rows' order.
     */
    void show(List<AreaBreakdown.AreaRow> rows, String shownOption, boolean isShare, boolean ranked) {
        option = shownOption;
        share = isShare;
        List<AreaBreakdown.AreaRow> shown = ranked ? ranked(rows, option) : rows;
        ObjectNode o = JSON.createObjectNode();
        o.putObject("grid").put("left", 150).put("right", 40).put("top", 8).put("bottom", 24);
        o.putObject("xAxis").put("type", "value");
        ArrayNode names = o.putObject("yAxis").put("type", "category").put("inverse", true).putArray("data");
        ObjectNode bars = o.putArray("series").addObject().put("type", "bar").put("name",
                getTranslation("analytics.chart.estimate"));
        bars.putObject("label").put("show", true).put("position", "right");
        ArrayNode data = bars.putArray("data");
        for (AreaBreakdown.AreaRow row : shown) {
            names.add(row.name());
            Estimate e = chosen(row);
            Difference d = difference(row);
            ObjectNode point = data.addObject();
            Double value = e == null ? null : EstimateText.plotted(e.estimate(), share, e.suppressed());
            if (value == null) {
                point.put("value", "-");
            } else {
                point.put("value", value);
            }
            boolean significant = d != null && !d.suppressed() && d.pValue() < 0.05;
            point.putObject("itemStyle").put("color", !significant ? "#9e9e9e" : d.difference() > 0 ? "#b71c1c" : "#1565c0");
        }
        o.putObject("tooltip").put("trigger", "item");
        chart.setHeight(Math.max(160, 28 * shown.size() + 40) + "px");
        chart.show(o, title, share ? 1 : 2, share ? "%" : "");
        table.setItems(shown);
    }

    private Estimate chosen(AreaBreakdown.AreaRow row) {
        return estimateOf(row, option);
    }

    /** A row's estimate of {@code option} (null for a numeric question's mean), or null when it has none. */
    static Estimate estimateOf(AreaBreakdown.AreaRow row, String option) {
        return row.estimates().stream().filter(o -> Objects.equals(o.option(), option)).findFirst()
                .map(EstimateTable.OptionEstimate::estimate).orElse(null);
    }

    /** The rows from the highest estimate of {@code option} down, withheld ones last. */
    static List<AreaBreakdown.AreaRow> ranked(List<AreaBreakdown.AreaRow> rows, String option) {
        List<AreaBreakdown.AreaRow> ranked = new ArrayList<>(rows);
        ranked.sort(Comparator.comparing((AreaBreakdown.AreaRow r) -> {
            Estimate e = estimateOf(r, option);
            return e == null || e.suppressed() ? Double.NEGATIVE_INFINITY : e.estimate();
        }).reversed());
        return ranked;
    }

    private Difference difference(AreaBreakdown.AreaRow row) {
        for (int k = 0; k < row.estimates().size() && k < row.versusOthers().size(); k++) {
            if (Objects.equals(row.estimates().get(k).option(), option)) {
                return row.versusOthers().get(k);
            }
        }
        return null;
    }
}
