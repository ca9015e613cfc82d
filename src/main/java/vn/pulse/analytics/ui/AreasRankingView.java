package vn.pulse.analytics.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.pulse.analytics.AreaBreakdown;
import vn.pulse.analytics.QuestionQuery;
import vn.pulse.analytics.Source;
import vn.pulse.analytics.SurveyAnalytics;
import vn.pulse.area.Area;
import vn.pulse.area.AreaService;
import vn.pulse.base.DomainException;
import vn.pulse.base.Formats;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.Notifications;
import vn.pulse.base.ui.ViewHeader;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.QuestionnaireSummary;
import vn.pulse.statistics.Estimate;

/** Provinces, or the communes of a province, ranked and coloured by an indicator of a survey. */
@Route("area-ranking")
@Menu(order = 2, icon = "vaadin:map-marker", title = "analytics.nav.areas")
@RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@StyleSheet("context://styles/analytics.css")
public class AreasRankingView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SurveyAnalytics analytics;
    private final QuestionnaireService questionnaires;
    private final ComboBox<QuestionnaireSummary> survey = new ComboBox<>();
    private final ComboBox<Question> question = new ComboBox<>();
    private final ComboBox<String> option = new ComboBox<>();
    private final ComboBox<Area> province = new ComboBox<>();
    private final Checkbox weighted = new Checkbox();
    private final Chart chart = new Chart("ranking-chart", "480px");
    private final Grid<AreaBreakdown.AreaRow> table = new Grid<>();
    private final Paragraph note = new Paragraph();
    private FormDefinition form;

    public AreasRankingView(SurveyAnalytics analytics, QuestionnaireService questionnaires, AreaService areas) {
        this.analytics = analytics;
        this.questionnaires = questionnaires;
        setId("area-ranking");
        addClassName("analytics-view");
        survey.setId("ranking-survey");
        survey.setLabel(getTranslation("analytics.filter.survey"));
        survey.setItems(questionnaires.list(false).stream().filter(QuestionnaireSummary::hasPublishedVersion).toList());
        survey.setItemLabelGenerator(s -> s.title().in(getLocale(), "vi"));
        question.setId("ranking-question");
        question.setLabel(getTranslation("analytics.filter.question"));
        question.setItemLabelGenerator(q -> q.label().in(getLocale(), "vi"));
        option.setId("ranking-option");
        option.setLabel(getTranslation("analytics.filter.option"));
        option.setItemLabelGenerator(this::optionLabel);
        province.setId("ranking-province");
        province.setLabel(getTranslation("analytics.filter.province"));
        province.setPlaceholder(getTranslation("analytics.filter.wholeScope"));
        province.setItems(areas.visible(false, null).stream().filter(Area::isProvince).toList());
        province.setItemLabelGenerator(Area::name);
        province.setClearButtonVisible(true);
        weighted.setId("ranking-weighted");
        weighted.setLabel(getTranslation("analytics.filter.weighted"));
        weighted.setValue(true);
        survey.addValueChangeListener(e -> {
            form = e.getValue() == null ? null : questionnaires.currentPublished(e.getValue().id()).orElse(null);
            List<Question> questions = form == null ? List.of() : form.questions().stream()
                    .filter(q -> QuestionExplorerView.ESTIMABLE.contains(q.type())).toList();
            question.setItems(questions);
            question.setValue(questions.isEmpty() ? null : questions.getFirst());
        });
        question.addValueChangeListener(e -> {
            List<String> options = share() ? e.getValue().choices().stream().map(Choice::name).toList() : List.of();
            option.setItems(options);
            option.setVisible(share());
            option.setValue(options.isEmpty() ? null : options.getFirst());
            refresh();
        });
        option.addValueChangeListener(e -> refresh());
        province.addValueChangeListener(e -> refresh());
        weighted.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(survey, question, option, province, weighted);
        filters.addClassName("analytics-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        table.setId("ranking-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.setAllRowsVisible(true);
        table.addColumn(AreaBreakdown.AreaRow::name).setHeader(getTranslation("analytics.table.area"));
        table.addColumn(r -> r.n() == null ? EstimateText.WITHHELD : Formats.integer(r.n(), getLocale()))
                .setHeader(getTranslation("analytics.table.n"));
        table.addColumn(r -> EstimateText.value(chosen(r), share(), getLocale()))
                .setHeader(getTranslation("analytics.table.estimate"));
        table.addColumn(r -> EstimateText.interval(chosen(r), share(), getLocale()))
                .setHeader(getTranslation("analytics.table.interval"));
        add(new ViewHeader(getTranslation("analytics.areas.title"), getTranslation("analytics.areas.description")),
                filters, note, chart, table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SurveyLink.select(event, survey, question);
    }

    private boolean share() {
        Question q = question.getValue();
        return q != null && (q.type() == QuestionType.SELECT_ONE || q.type() == QuestionType.SELECT_MULTIPLE);
    }

    private String optionLabel(String name) {
        Question q = question.getValue();
        return q == null ? name : q.choices().stream().filter(c -> c.name().equals(name)).findFirst()
                .map(c -> c.label().in(getLocale(), "vi")).orElse(name);
    }

    private Estimate chosen(AreaBreakdown.AreaRow row) {
        return BreakdownPanel.estimateOf(row, chosenOption());
    }

    private String chosenOption() {
        return share() ? option.getValue() : null;
    }

    private void refresh() {
        if (survey.getValue() == null || question.getValue() == null || share() && option.getValue() == null) {
            return;
        }
        try {
            AreaBreakdown breakdown = analytics.areaBreakdown(new QuestionQuery(survey.getValue().id(),
                    question.getValue().name(), province.getValue() == null ? null : province.getValue().code(), null, null,
                    null, weighted.getValue()), Source.ROLLUP);
            show(breakdown);
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void show(AreaBreakdown breakdown) {
        boolean share = share();
        List<AreaBreakdown.AreaRow> ranked = BreakdownPanel.ranked(breakdown.areas(), chosenOption());
        ObjectNode o = JSON.createObjectNode();
        o.putObject("grid").put("left", 170).put("right", 48).put("top", 8).put("bottom", 24);
        o.putObject("xAxis").put("type", "value");
        ArrayNode names = o.putObject("yAxis").put("type", "category").put("inverse", true).putArray("data");
        ObjectNode bars = o.putArray("series").addObject().put("type", "bar");
        bars.putObject("label").put("show", true).put("position", "right");
        ArrayNode data = bars.putArray("data");
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (AreaBreakdown.AreaRow row : ranked) {
            names.add(row.name());
            Estimate e = chosen(row);
            Double v = e == null ? null : EstimateText.plotted(e.estimate(), share, e.suppressed());
            if (v == null) {
                data.add("-");
            } else {
                data.add(v);
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min <= max) {
            ObjectNode map = o.putObject("visualMap").put("show", false).put("min", min).put("max", max)
                    .put("dimension", 0);
            map.putObject("inRange").putArray("color").add("#fff3e0").add("#ef6c00").add("#b71c1c");
        }
        o.putObject("tooltip").put("trigger", "item");
        chart.setHeight(Math.max(160, 26 * ranked.size() + 40) + "px");
        chart.show(o, getTranslation("analytics.areas.title"), share ? 1 : 2, share ? "%" : "");
        table.setItems(ranked);
        note.setText(breakdown.design().probabilitySample() ? getTranslation("analytics.suppressionNote")
                : getTranslation("analytics.nonProbability"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analytics.areas.title");
    }
}
