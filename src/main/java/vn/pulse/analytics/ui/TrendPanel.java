package vn.pulse.analytics.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.pulse.analytics.QuestionTrend;
import vn.pulse.base.Formats;
import vn.pulse.statistics.Estimate;
import vn.pulse.statistics.Trend;

/**
 * One option of a question per day, week, month or quarter: a line with its shaded 95% band (none for a
 * non-probability sample), over its accessible table with n, estimate, interval and the change
 * from the period before.
 */
class TrendPanel extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Chart chart = new Chart("trend-chart", "320px");
    private final Grid<Row> table = new Grid<>();

    TrendPanel() {
        table.setId("explorer-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.setAllRowsVisible(true);
        table.addColumn(Row::period).setHeader(getTranslation("analytics.table.period"));
        table.addColumn(Row::n).setHeader(getTranslation("analytics.table.n"));
        table.addColumn(Row::estimate).setHeader(getTranslation("analytics.table.estimate"));
        table.addColumn(Row::interval).setHeader(getTranslation("analytics.table.interval"));
        table.addColumn(Row::change).setHeader(getTranslation("analytics.table.change"));
        Details details = new Details(getTranslation("analytics.table.trendTable"), table);
        details.setOpened(true);
        setWidthFull();
        add(chart, details);
    }

    /**
     * Shows {@code option} (null for a numeric question's mean) of the trend, as a share in percent
     * when {@code share}; {@code description} is the chart's text for screen readers.
     */
    void show(QuestionTrend trend, String option, boolean share, String description) {
        QuestionTrend.OptionTrend chosen = trend.options().stream()
                .filter(o -> Objects.equals(o.option(), option)).findFirst().orElse(null);
        Map<String, Trend.PeriodEstimate> byPeriod = chosen == null ? Map.of() : chosen.points().stream()
                .collect(Collectors.toMap(Trend.PeriodEstimate::period, p -> p));
        Map<String, Trend.PeriodChange> changes = chosen == null ? Map.of() : chosen.changes().stream()
                .collect(Collectors.toMap(Trend.PeriodChange::to, c -> c));
        ObjectNode o = JSON.createObjectNode();
        ArrayNode axis = o.putObject("xAxis").put("type", "category").put("boundaryGap", false).putArray("data");
        o.putObject("yAxis").put("type", "value").put("scale", true);
        o.putObject("grid").put("left", 56).put("right", 24).put("top", 32).put("bottom", 32);
        o.putObject("legend").put("top", 0);
        ArrayNode lower = JSON.createArrayNode();
        ArrayNode width = JSON.createArrayNode();
        ArrayNode values = JSON.createArrayNode();
        List<Row> rows = new ArrayList<>();
        for (String label : trend.periods()) {
            axis.add(periodLabel(label));
            Trend.PeriodEstimate point = byPeriod.get(label);
            Estimate e = point == null ? null : point.estimate();
            Double value = e == null ? null : EstimateText.plotted(e.estimate(), share, e.suppressed());
            Double low = e == null || !e.hasMarginOfError() ? null : EstimateText.plotted(e.ciLow(), share, false);
            Double high = e == null || !e.hasMarginOfError() ? null : EstimateText.plotted(e.ciHigh(), share, false);
            addOrNull(values, value);
            addOrNull(lower, low);
            addOrNull(width, low == null || high == null ? null : Math.round((high - low) * 100) / 100.0);
            if (e != null) {
                rows.add(new Row(periodLabel(label), e.suppressed() ? EstimateText.WITHHELD
                        : Formats.integer(e.n(), getLocale()), EstimateText.value(e, share, getLocale()),
                        EstimateText.interval(e, share, getLocale()), !changes.containsKey(label) ? ""
                        : EstimateText.change(changes.get(label).change(), share, getLocale(),
                                getTranslation("analytics.points"))));
            }
        }
        ArrayNode series = o.putArray("series");
        if (trend.design().probabilitySample()) {
            series.addObject().put("name", getTranslation("analytics.chart.lower")).put("type", "line").put("stack", "band")
                    .put("symbol", "none").put("silent", true).set("data", lower);
            ObjectNode band = series.addObject().put("name", getTranslation("analytics.chart.band")).put("type", "line")
                    .put("stack", "band").put("symbol", "none").put("silent", true);
            band.putObject("lineStyle").put("opacity", 0);
            band.putObject("areaStyle").put("color", "rgba(183,28,28,0.18)");
            band.set("data", width);
            series.get(0).withObject("lineStyle").put("opacity", 0);
        }
        ObjectNode line = series.addObject().put("name", getTranslation("analytics.chart.estimate")).put("type", "line")
                .put("connectNulls", false).put("color", "#b71c1c");
        line.set("data", values);
        o.withObject("legend").putArray("data").add(getTranslation("analytics.chart.estimate"));
        chart.show(o, description, share ? 1 : 2, share ? "%" : "");
        table.setItems(rows);
    }

    /** "2026-11-29" as 29/11/2026, "2026-W48" as Tuần 48/2026, "2026-03" as 03/2026, "2026-Q1" as Q1/2026. */
    private String periodLabel(String label) {
        if (label.length() == "yyyy-MM-dd".length()) {
            return Formats.date(java.time.LocalDate.parse(label));
        }
        if (label.charAt(5) == 'W') {
            return getTranslation("analytics.period.weekOf", Integer.parseInt(label.substring(6)),
                    label.substring(0, 4));
        }
        return label.substring(5) + "/" + label.substring(0, 4);
    }

    private static void addOrNull(ArrayNode array, Double value) {
        if (value == null) {
            array.add("-");
        } else {
            array.add(value);
        }
    }

    /** A row of the accessible table under the trend chart. */
    record Row(String period, String n, String estimate, String interval, String change) {
    }
}
