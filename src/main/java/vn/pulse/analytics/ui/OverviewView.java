package vn.pulse.analytics.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.pulse.analytics.Overview;
import vn.pulse.analytics.OverviewService;
import vn.pulse.base.Formats;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.StatTile;
import vn.pulse.base.ui.ViewHeader;
import vn.pulse.statistics.Difference;
import vn.pulse.statistics.Estimate;
import vn.pulse.statistics.OpinionAlert;
import vn.pulse.statistics.Trend;

/**
 * The leader's home: headline indicators of the active surveys with sparklines and their change,
 * the opinion picture of the month, hot issues flagged by the early warning, and reports late or
 * missing, all of the leader's area.
 */
@Route("overview")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.overview")
@RolesAllowed(Role.LEADER_NAME)
@StyleSheet("context://styles/analytics.css")
public class OverviewView extends VerticalLayout implements HasDynamicTitle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public OverviewView(OverviewService overviews) {
        setId("overview");
        addClassName("analytics-view");
        var user = CurrentUser.require();
        String area = user.areaName() == null ? getTranslation("area.national") : user.areaName();
        add(new ViewHeader(getTranslation("overview.title"), getTranslation("overview.scope", area)));
        Overview overview = overviews.overview();
        add(new H3(getTranslation("analytics.overview.headlines")), headlines(overview));
        add(new H3(getTranslation("analytics.overview.hotIssues")), hotIssues(overview));
        add(new H3(getTranslation("analytics.overview.opinion", Formats.date(overview.opinion().from()),
                Formats.date(overview.opinion().to()))), opinion(overview.opinion()));
        add(new H3(getTranslation("analytics.overview.timeliness", overview.timeliness().period().getMonthValue()
                + "/" + overview.timeliness().period().getYear())), timeliness(overview));
    }

    private Div headlines(Overview overview) {
        FlexLayout tiles = new FlexLayout();
        tiles.setId("headlines");
        tiles.addClassName("tiles");
        tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        if (overview.headlines().isEmpty()) {
            tiles.add(new Paragraph(getTranslation("analytics.overview.noSurveys")));
        }
        int index = 0;
        for (Overview.Headline h : overview.headlines()) {
            Div tile = new Div();
            tile.addClassNames("tile", "headline");
            Trend.PeriodEstimate latest = h.points().getLast();
            Span value = new Span(EstimateText.value(latest.estimate(), h.share(), getLocale()));
            value.addClassName("tile-value");
            String what = h.questionLabel().in(getLocale(), "vi")
                    + (h.optionLabel() == null ? "" : ": " + h.optionLabel().in(getLocale(), "vi"));
            Span label = new Span(what);
            label.addClassName("tile-label");
            Span survey = new Span(h.survey().in(getLocale(), "vi") + " · " + month(latest.period()));
            survey.addClassName("headline-survey");
            Span change = new Span(change(h));
            change.addClassName("headline-change");
            Chart sparkline = new Chart("sparkline-" + index++, "48px");
            sparkline.show(sparkline(h), getTranslation("analytics.overview.sparkline", what), h.share() ? 1 : 2,
                    h.share() ? "%" : "");
            Anchor open = new Anchor("explorer?survey=" + h.surveyId() + "&question=" + h.question(),
                    getTranslation("analytics.overview.explore"));
            open.addClassName("headline-link");
            tile.add(value, label, change, sparkline, survey, open);
            tiles.add(tile);
        }
        return new Div(tiles);
    }

    private String change(Overview.Headline h) {
        if (h.lastChange() == null) {
            return getTranslation("analytics.overview.noChange");
        }
        Difference d = h.lastChange().change();
        if (d.suppressed() || Double.isNaN(d.difference())) {
            return EstimateText.WITHHELD;
        }
        String amount = h.share() ? Formats.number(Math.abs(d.difference()) * 100, 1, getLocale()) + " "
                + getTranslation("analytics.points") : Formats.number(Math.abs(d.difference()), 2, getLocale());
        String arrow = d.difference() > 0 ? "▲ " : d.difference() < 0 ? "▼ " : "";
        boolean significant = !Double.isNaN(d.pValue()) && d.pValue() < 0.05;
        return arrow + amount + " " + getTranslation(significant ? "analytics.overview.significant"
                : "analytics.overview.notSignificant", month(h.lastChange().from()));
    }

    private static String month(String label) {
        return label.substring(5) + "/" + label.substring(0, 4);
    }

    private ObjectNode sparkline(Overview.Headline h) {
        ObjectNode o = JSON.createObjectNode();
        o.putObject("grid").put("left", 2).put("right", 2).put("top", 4).put("bottom", 4);
        ArrayNode axis = o.putObject("xAxis").put("type", "category").put("show", false).putArray("data");
        o.putObject("yAxis").put("type", "value").put("show", false).put("scale", true);
        ObjectNode line = o.putArray("series").addObject().put("type", "line").put("symbol", "none")
                .put("color", "#b71c1c");
        ArrayNode data = line.putArray("data");
        for (Trend.PeriodEstimate p : h.points()) {
            axis.add(month(p.period()));
            Estimate e = p.estimate();
            Double v = EstimateText.plotted(e.estimate(), h.share(), e.suppressed());
            if (v == null) {
                data.add("-");
            } else {
                data.add(v);
            }
        }
        return o;
    }

    private Div hotIssues(Overview overview) {
        Div box = new Div();
        box.setId("hot-issues");
        if (overview.hotIssues().isEmpty()) {
            box.add(new Paragraph(getTranslation("analytics.overview.noHotIssues")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (Overview.HotIssue issue : overview.hotIssues()) {
            OpinionAlert a = issue.alert();
            String topic = "en".equals(getLocale().getLanguage()) ? issue.topicNameEn() : issue.topicNameVi();
            String direction = getTranslation("opinion.direction." + a.direction());
            String where = issue.areaName() == null ? "" : issue.areaName() + ": ";
            ListItem item = new ListItem("⚠ " + where + topic + " (" + direction + ") — "
                    + getTranslation(a.reason().messageKey(), a.reason().arguments()));
            item.addClassName("hot-issue");
            if (issue.areaCode() != null) {
                item.getElement().setAttribute("data-area", issue.areaCode());
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private Div opinion(Overview.OpinionPicture picture) {
        Div box = new Div();
        box.setId("opinion-picture");
        box.setWidthFull();
        if (picture.topics().isEmpty()) {
            box.add(new Paragraph(getTranslation("overview.empty")));
            return box;
        }
        ObjectNode o = JSON.createObjectNode();
        o.putObject("grid").put("left", 160).put("right", 48).put("top", 24).put("bottom", 24);
        o.putObject("legend").put("top", 0);
        o.putObject("xAxis").put("type", "value");
        ArrayNode names = o.putObject("yAxis").put("type", "category").put("inverse", true).putArray("data");
        ArrayNode series = o.putArray("series");
        ObjectNode negative = series.addObject().put("type", "bar").put("stack", "v").put("color", "#b71c1c")
                .put("name", getTranslation("analytics.overview.negative"));
        ObjectNode other = series.addObject().put("type", "bar").put("stack", "v").put("color", "#90a4ae")
                .put("name", getTranslation("analytics.overview.otherValence"));
        for (Overview.TopicVolume t : picture.topics()) {
            names.add("en".equals(getLocale().getLanguage()) ? t.nameEn() : t.nameVi());
            negative.withArray("data").add(t.negative());
            other.withArray("data").add(t.streams() - t.negative());
        }
        Chart chart = new Chart("opinion-chart", Math.max(140, 30 * picture.topics().size() + 60) + "px");
        chart.show(o, getTranslation("analytics.overview.opinionChart"), 0, "");
        Grid<Overview.TopicVolume> grid = new Grid<>();
        grid.setId("opinion-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> "en".equals(getLocale().getLanguage()) ? t.nameEn() : t.nameVi())
                .setHeader(getTranslation("analytics.overview.topic"));
        grid.addColumn(t -> Formats.integer(t.streams(), getLocale())).setHeader(getTranslation("analytics.overview.streams"));
        grid.addColumn(t -> t.reports() < 5 ? EstimateText.WITHHELD : Formats.percent(t.negativeShare(), getLocale()))
                .setHeader(getTranslation("analytics.overview.negativeShare"));
        grid.setItems(picture.topics());
        box.add(chart, grid);
        if (picture.includesUnreviewed()) {
            box.add(new Paragraph(getTranslation("analytics.overview.unreviewedNote")));
        }
        return box;
    }

    private FlexLayout timeliness(Overview overview) {
        var t = overview.timeliness();
        FlexLayout tiles = new FlexLayout(new StatTile(getTranslation("analytics.overview.onTime"),
                Formats.integer(t.onTime(), getLocale())),
                new StatTile(getTranslation("analytics.overview.late"), Formats.integer(t.late(), getLocale())),
                new StatTile(getTranslation("analytics.overview.missing"), Formats.integer(t.missing(), getLocale())));
        tiles.setId("timeliness");
        tiles.addClassName("tiles");
        tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        return tiles;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title");
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
