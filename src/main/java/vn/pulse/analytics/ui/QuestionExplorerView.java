package vn.pulse.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.pulse.analytics.AnalyticsRollups;
import vn.pulse.analytics.AreaBreakdown;
import vn.pulse.analytics.CrossTab;
import vn.pulse.analytics.GroupBreakdown;
import vn.pulse.analytics.QuestionQuery;
import vn.pulse.analytics.QuestionTrend;
import vn.pulse.analytics.Source;
import vn.pulse.analytics.SurveyAnalytics;
import vn.pulse.area.AreaPicker;
import vn.pulse.area.AreaService;
import vn.pulse.base.DomainException;
import vn.pulse.base.Formats;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.Notifications;
import vn.pulse.base.ui.ViewHeader;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.QuestionnaireSummary;
import vn.pulse.statistics.Difference;
import vn.pulse.statistics.Estimate;
import vn.pulse.statistics.PeriodKind;
import vn.pulse.statistics.Trend;

/**
 * The question explorer: a question of a survey over time with its 95% band, by area and by
 * respondent group with significant differences marked, as a cross-tab with the Rao–Scott test,
 * and as tables, with filters for months, area, respondent group and weighting. A thin view over
 * {@link SurveyAnalytics}.
 */
@Route("explorer")
@Menu(order = 1, icon = "vaadin:chart-line", title = "analytics.nav.explorer")
@RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@StyleSheet("context://styles/analytics.css")
public class QuestionExplorerView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    static final List<QuestionType> ESTIMABLE = List.of(QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE,
            QuestionType.LIKERT, QuestionType.RATING, QuestionType.INTEGER, QuestionType.DECIMAL);

    private final SurveyAnalytics analytics;
    private final QuestionnaireService questionnaires;

    private final ComboBox<QuestionnaireSummary> survey = new ComboBox<>();
    private final ComboBox<Question> question = new ComboBox<>();
    private final ComboBox<String> option = new ComboBox<>();
    private final ComboBox<YearMonth> from = new ComboBox<>();
    private final ComboBox<YearMonth> to = new ComboBox<>();
    private final AreaPicker area;
    private final ComboBox<QuestionQuery.Group> group = new ComboBox<>();
    private final ComboBox<Question> byGroup = new ComboBox<>();
    private final RadioButtonGroup<PeriodKind> period = new RadioButtonGroup<>();
    private final Checkbox weighted = new Checkbox();
    private final Paragraph method = new Paragraph();
    private final Chart trendChart = new Chart("trend-chart", "320px");
    private final Grid<Row> table = new Grid<>();
    private final BreakdownPanel areaPanel;
    private final BreakdownPanel groupPanel;
    private final KeyGroupsEditor keyGroups;
    private final Div crossTab = new Div();
    private FormDefinition form;
    private boolean ready;
    /** While the address chooses survey and question: one refresh at the end, not one per field set. */
    private boolean entering;

    public QuestionExplorerView(SurveyAnalytics analytics, QuestionnaireService questionnaires, AreaService areas,
                                AnalyticsRollups rollups) {
        this.analytics = analytics;
        this.questionnaires = questionnaires;
        setId("explorer");
        addClassName("analytics-view");
        area = new AreaPicker(getTranslation("analytics.filter.area"), areas);
        area.setId("explorer-area");
        area.setPlaceholder(getTranslation("analytics.filter.wholeScope"));

        survey.setId("explorer-survey");
        survey.setLabel(getTranslation("analytics.filter.survey"));
        survey.setItems(questionnaires.list(false).stream().filter(QuestionnaireSummary::hasPublishedVersion).toList());
        survey.setItemLabelGenerator(s -> s.title().in(getLocale(), "vi"));
        question.setId("explorer-question");
        question.setLabel(getTranslation("analytics.filter.question"));
        question.setItemLabelGenerator(q -> q.label().in(getLocale(), form == null ? "vi" : form.defaultLanguage()));
        option.setId("explorer-option");
        option.setLabel(getTranslation("analytics.filter.option"));
        option.setItemLabelGenerator(name -> question.getValue() == null ? "" : choiceLabel(question.getValue().name(), name));
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.now(Formats.ZONE); months.size() < 36; m = m.minusMonths(1)) {
            months.add(m);
        }
        for (ComboBox<YearMonth> box : List.of(from, to)) {
            box.setItems(months);
            box.setItemLabelGenerator(MONTH::format);
            box.setClearButtonVisible(true);
        }
        from.setId("explorer-from");
        from.setLabel(getTranslation("analytics.filter.from"));
        to.setId("explorer-to");
        to.setLabel(getTranslation("analytics.filter.to"));
        group.setId("explorer-group");
        group.setLabel(getTranslation("analytics.filter.group"));
        group.setPlaceholder(getTranslation("analytics.filter.everyone"));
        group.setClearButtonVisible(true);
        group.setItemLabelGenerator(g -> questionLabel(g.question()) + ": " + choiceLabel(g.question(), g.choice()));
        byGroup.setId("explorer-by-group");
        byGroup.setLabel(getTranslation("analytics.filter.byGroup"));
        byGroup.setItemLabelGenerator(q -> q.label().in(getLocale(), form == null ? "vi" : form.defaultLanguage()));
        period.setId("explorer-period");
        period.setLabel(getTranslation("analytics.filter.period"));
        period.setItems(PeriodKind.MONTH, PeriodKind.QUARTER);
        period.setItemLabelGenerator(k -> getTranslation("analytics.period." + k.name().toLowerCase(Locale.ROOT)));
        period.setValue(PeriodKind.MONTH);
        weighted.setId("explorer-weighted");
        weighted.setLabel(getTranslation("analytics.filter.weighted"));
        weighted.setValue(true);

        survey.addValueChangeListener(e -> surveyChosen());
        question.addValueChangeListener(e -> questionChosen());
        for (var field : List.<com.vaadin.flow.component.HasValue<?, ?>>of(option, from, to, area, group, period, weighted)) {
            field.addValueChangeListener(e -> refresh());
        }
        byGroup.addValueChangeListener(e -> refresh());

        FlexLayout filters = new FlexLayout(survey, question, option, from, to, area, group, period, weighted);
        filters.addClassName("analytics-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        area.setWidth("18em");
        group.setWidth("16em");
        method.setId("explorer-method");
        method.addClassName("analytics-method");

        table.setId("explorer-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.setAllRowsVisible(true);
        table.addColumn(Row::period).setHeader(getTranslation("analytics.table.period"));
        table.addColumn(Row::n).setHeader(getTranslation("analytics.table.n"));
        table.addColumn(Row::estimate).setHeader(getTranslation("analytics.table.estimate"));
        table.addColumn(Row::interval).setHeader(getTranslation("analytics.table.interval"));
        table.addColumn(Row::change).setHeader(getTranslation("analytics.table.change"));

        areaPanel = new BreakdownPanel("area-chart", "explorer-area-table", getTranslation("analytics.explorer.byArea"),
                getTranslation("analytics.table.area"), getTranslation("analytics.table.versusOthers"));
        groupPanel = new BreakdownPanel("group-chart", "explorer-group-table", getTranslation("analytics.explorer.byGroup"),
                getTranslation("analytics.table.group"), getTranslation("analytics.table.versusOtherGroups"));
        keyGroups = new KeyGroupsEditor(rollups, () -> {
            groupsChanged();
            refresh();
        });
        keyGroups.setVisible(CurrentUser.find().filter(u -> u.hasRole(Role.ADMIN)).isPresent());
        crossTab.setId("explorer-crosstab");

        Details tableDetails = new Details(getTranslation("analytics.table.trendTable"), table);
        tableDetails.setOpened(true);
        add(new ViewHeader(getTranslation("analytics.explorer.title"), getTranslation("analytics.explorer.description")),
                filters, method, section(getTranslation("analytics.explorer.trend"), trendChart), tableDetails,
                section(getTranslation("analytics.explorer.byArea"), areaPanel),
                section(getTranslation("analytics.explorer.byGroup"), new Div(byGroup, groupPanel, keyGroups)),
                section(getTranslation("analytics.explorer.crossTab"), crossTab));
        ready = true;
    }

    private static Component section(String title, Component content) {
        Div block = new Div(new H3(title), content);
        block.addClassName("analytics-section");
        block.setWidthFull();
        return block;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        entering = true;
        try {
            SurveyLink.select(event, survey, question);
        } finally {
            entering = false;
        }
        refresh();
    }

    private void surveyChosen() {
        form = survey.getValue() == null ? null : questionnaires.currentPublished(survey.getValue().id()).orElse(null);
        List<Question> questions = form == null ? List.of()
                : form.questions().stream().filter(q -> ESTIMABLE.contains(q.type())).toList();
        groupsChanged();
        question.setItems(questions);
        question.setValue(questions.isEmpty() ? null : questions.getFirst());
    }

    /**
     * The respondent groups offered: the survey's key groups, which the rollups answer at once, or
     * any single-choice question when it keeps none.
     */
    private void groupsChanged() {
        List<String> kept = form == null ? List.of() : analytics.groups(form.questionnaireId());
        if (form != null) {
            keyGroups.show(form, kept);
        }
        List<Question> singleChoice = form == null ? List.of()
                : form.questions().stream().filter(q -> q.type() == QuestionType.SELECT_ONE).toList();
        List<Question> groups = kept.isEmpty() ? singleChoice
                : singleChoice.stream().filter(q -> kept.contains(q.name())).toList();
        ready = false;
        group.setItems(groups.stream().flatMap(q -> q.choices().stream()
                .map(c -> new QuestionQuery.Group(q.name(), c.name()))).toList());
        byGroup.setItems(groups);
        byGroup.setValue(groups.isEmpty() ? null : groups.getFirst());
        ready = true;
    }

    private void questionChosen() {
        Question q = question.getValue();
        boolean choice = q != null && q.type().hasChoices() && q.type() != QuestionType.LIKERT;
        option.setVisible(choice);
        List<String> options = choice ? q.choices().stream().map(Choice::name).toList() : List.of();
        ready = false;
        option.setItems(options);
        option.setValue(options.isEmpty() ? null : options.getFirst());
        ready = true;
        refresh();
    }

    private boolean isShare() {
        Question q = question.getValue();
        return q != null && (q.type() == QuestionType.SELECT_ONE || q.type() == QuestionType.SELECT_MULTIPLE);
    }

    private String questionLabel(String name) {
        return form.question(name).map(q -> q.label().in(getLocale(), form.defaultLanguage())).orElse(name);
    }

    private String choiceLabel(String questionName, String choice) {
        return form.question(questionName).stream().flatMap(q -> q.choices().stream()).filter(c -> c.name().equals(choice))
                .findFirst().map(c -> c.label().in(getLocale(), form.defaultLanguage())).orElse(choice);
    }

    private String chosenOption() {
        return isShare() ? option.getValue() : null;
    }

    private String change(Difference d) {
        return EstimateText.change(d, isShare(), getLocale(), getTranslation("analytics.points"));
    }

    private void refresh() {
        if (!ready || entering || survey.getValue() == null || question.getValue() == null) {
            return;
        }
        if (isShare() && option.getValue() == null) {
            return;
        }
        YearMonth first = from.getValue();
        YearMonth last = to.getValue();
        QuestionQuery query = new QuestionQuery(survey.getValue().id(), question.getValue().name(), area.getCode(),
                first, last, period.getValue() == null ? PeriodKind.MONTH : period.getValue(), weighted.getValue(),
                group.getValue());
        try {
            QuestionTrend trend = analytics.trend(query, Source.ROLLUP);
            // a single-choice question's cross-tab holds its area rows: one read for both
            CrossTab tab = question.getValue().type() == QuestionType.SELECT_ONE
                    ? analytics.crossTab(query.withPeriod(null), Source.ROLLUP) : null;
            List<AreaBreakdown.AreaRow> areas = tab != null ? tab.areas()
                    : analytics.areaBreakdown(query.withPeriod(null), Source.ROLLUP).areas();
            showMethod(trend);
            showTrend(trend);
            areaPanel.show(areas, chosenOption(), isShare(), true);
            if (byGroup.getValue() != null) {
                GroupBreakdown groups = analytics.groupBreakdown(query.withPeriod(null), byGroup.getValue().name(),
                        Source.ROLLUP);
                groupPanel.show(groups.groups().stream().map(r -> new AreaBreakdown.AreaRow(r.code(),
                        choiceLabel(groups.byQuestion(), r.code()), r.n(), r.estimates(), r.versusOthers())).toList(),
                        chosenOption(), isShare(), false);
            }
            showCrossTab(tab);
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void showMethod(QuestionTrend trend) {
        String design = getTranslation("analytics.design." + trend.design().type().name().toLowerCase(Locale.ROOT));
        String weighting = getTranslation(weighted.getValue() && trend.design().weighting()
                .contains(vn.pulse.statistics.WeightingMethod.DESIGN) ? "analytics.weighting.design" : "analytics.weighting.none");
        String text = design + " · " + weighting;
        if (!trend.design().probabilitySample()) {
            text += " · " + getTranslation("analytics.nonProbability");
        }
        method.setText(text + " · " + getTranslation("analytics.suppressionNote"));
    }

    private void showTrend(QuestionTrend trend) {
        boolean share = isShare();
        QuestionTrend.OptionTrend chosen = trend.options().stream()
                .filter(o -> java.util.Objects.equals(o.option(), chosenOption())).findFirst().orElse(null);
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
        boolean bands = trend.design().probabilitySample();
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
                        EstimateText.interval(e, share, getLocale()),
                        changes.containsKey(label) ? change(changes.get(label).change()) : ""));
            }
        }
        ArrayNode series = o.putArray("series");
        if (bands) {
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
        trendChart.show(o, getTranslation("analytics.explorer.trend") + ": " + question.getValue().label()
                .in(getLocale(), form.defaultLanguage()), share ? 1 : 2, share ? "%" : "");
        table.setItems(rows);
    }

    private String periodLabel(String label) {
        return label.contains("-Q") ? label.substring(5) + "/" + label.substring(0, 4)
                : label.substring(5) + "/" + label.substring(0, 4);
    }

    private static void addOrNull(ArrayNode array, Double value) {
        if (value == null) {
            array.add("-");
        } else {
            array.add(value);
        }
    }

    /** The cross-tab by area with its Rao–Scott test; null for a question that is not single-choice. */
    private void showCrossTab(CrossTab tab) {
        crossTab.removeAll();
        if (tab == null) {
            crossTab.add(new Paragraph(getTranslation("analytics.crossTab.singleChoiceOnly")));
            return;
        }
        Grid<AreaBreakdown.AreaRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(AreaBreakdown.AreaRow::name).setHeader(getTranslation("analytics.table.area")).setFrozen(true);
        for (String opt : tab.options()) {
            grid.addColumn(r -> r.estimates().stream().filter(e -> opt.equals(e.option())).findFirst()
                    .map(e -> EstimateText.value(e.estimate(), true, getLocale())).orElse(EstimateText.WITHHELD))
                    .setHeader(choiceLabel(question.getValue().name(), opt));
        }
        grid.setItems(tab.areas());
        crossTab.add(grid);
        if (tab.association() != null && !Double.isNaN(tab.association().pValue())) {
            var a = tab.association();
            Span test = new Span(getTranslation("analytics.crossTab.test", Formats.number(a.statistic(), 2, getLocale()),
                    Formats.number(a.numeratorDf(), 1, getLocale()), Formats.number(a.denominatorDf(), 1, getLocale()),
                    a.pValue() < 0.001 ? "< " + Formats.number(0.001, 3, getLocale())
                            : "= " + Formats.number(a.pValue(), 3, getLocale()),
                    getTranslation(a.pValue() < 0.05 ? "analytics.crossTab.associated" : "analytics.crossTab.independent")));
            test.setId("explorer-raoscott");
            crossTab.add(test);
        }
    }

    /** A row of the accessible table under the trend chart. */
    record Row(String period, String n, String estimate, String interval, String change) {
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analytics.explorer.title");
    }
}
