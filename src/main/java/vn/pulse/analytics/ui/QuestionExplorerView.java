package vn.pulse.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import java.util.List;
import java.util.Locale;
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
import vn.pulse.base.ui.DatePickers;
import vn.pulse.base.ui.Notifications;
import vn.pulse.base.ui.ViewHeader;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.QuestionnaireSummary;
import vn.pulse.statistics.PeriodKind;

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

    static final List<QuestionType> ESTIMABLE = List.of(QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE,
            QuestionType.LIKERT, QuestionType.RATING, QuestionType.INTEGER, QuestionType.DECIMAL);

    private final SurveyAnalytics analytics;
    private final QuestionnaireService questionnaires;

    private final ComboBox<QuestionnaireSummary> survey = new ComboBox<>();
    private final ComboBox<Question> question = new ComboBox<>();
    private final ComboBox<String> option = new ComboBox<>();
    private final DatePicker from = DatePickers.create();
    private final DatePicker to = DatePickers.create();
    private final AreaPicker area;
    private final ComboBox<QuestionQuery.Group> group = new ComboBox<>();
    private final ComboBox<Question> byGroup = new ComboBox<>();
    private final RadioButtonGroup<PeriodKind> period = new RadioButtonGroup<>();
    private final Checkbox weighted = new Checkbox();
    private final Paragraph method = new Paragraph();
    private final TrendPanel trendPanel = new TrendPanel();
    private final BreakdownPanel areaPanel;
    private final BreakdownPanel groupPanel;
    private final KeyGroupsEditor keyGroups;
    private final CrossTabPanel crossTab = new CrossTabPanel("explorer-crosstab");
    private final SectionLoader loader = new SectionLoader(this);
    private final SectionLoader.Busy trendBusy;
    private final SectionLoader.Busy areaBusy;
    private final SectionLoader.Busy groupBusy;
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
        // a range cannot be reversed
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
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
        period.setItems(PeriodKind.DAY, PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.QUARTER);
        period.setItemLabelGenerator(k -> getTranslation("analytics.period." + k.name().toLowerCase(Locale.ROOT)));
        period.setValue(PeriodKind.MONTH);
        weighted.setId("explorer-weighted");
        weighted.setLabel(getTranslation("analytics.filter.weighted"));
        weighted.setValue(true);

        period.addValueChangeListener(e -> periodChosen());
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

        areaPanel = new BreakdownPanel("area-chart", "explorer-area-table", getTranslation("analytics.explorer.byArea"),
                getTranslation("analytics.table.area"), getTranslation("analytics.table.versusOthers"));
        groupPanel = new BreakdownPanel("group-chart", "explorer-group-table", getTranslation("analytics.explorer.byGroup"),
                getTranslation("analytics.table.group"), getTranslation("analytics.table.versusOtherGroups"));
        keyGroups = new KeyGroupsEditor(rollups, loader, () -> {
            groupsChanged();
            refresh();
        });
        keyGroups.setVisible(CurrentUser.find().filter(u -> u.hasRole(Role.ADMIN)).isPresent());

        trendBusy = new SectionLoader.Busy("explorer-trend-busy", trendPanel);
        areaBusy = new SectionLoader.Busy("explorer-area-busy", areaPanel, crossTab);
        groupBusy = new SectionLoader.Busy("explorer-group-busy", groupPanel);
        add(new ViewHeader(getTranslation("analytics.explorer.title"), getTranslation("analytics.explorer.description")),
                filters, method, section(getTranslation("analytics.explorer.trend"), new Div(trendBusy, trendPanel)),
                section(getTranslation("analytics.explorer.byArea"), new Div(areaBusy, areaPanel)),
                section(getTranslation("analytics.explorer.byGroup"), new Div(byGroup, groupBusy, groupPanel, keyGroups)),
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
            SurveyLink.select(event, "group", group, g -> g.question() + "=" + g.choice());
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

    /** Days over a whole survey are hundreds of points: without a first day, days start from last month. */
    private void periodChosen() {
        if (period.getValue() == PeriodKind.DAY && from.getValue() == null) {
            entering = true;
            from.setValue(YearMonth.now(Formats.ZONE).minusMonths(1).atDay(1));
            entering = false;
        }
    }

    private void refresh() {
        if (!ready || entering || survey.getValue() == null || question.getValue() == null) {
            return;
        }
        if (isShare() && option.getValue() == null) {
            return;
        }
        QuestionQuery query = new QuestionQuery(survey.getValue().id(), question.getValue().name(), area.getCode(),
                from.getValue(), to.getValue(), period.getValue() == null ? PeriodKind.MONTH : period.getValue(),
                weighted.getValue(), group.getValue());
        QuestionQuery whole = query.withPeriod(null);
        boolean singleChoice = question.getValue().type() == QuestionType.SELECT_ONE;
        String by = byGroup.getValue() == null ? null : byGroup.getValue().name();
        loader.start();
        try {
            loader.load(trendBusy, analytics.fromRollups(query, false, true, null),
                    () -> analytics.trend(query, Source.ROLLUP), trend -> {
                        showMethod(trend);
                        trendPanel.show(trend, chosenOption(), isShare(), getTranslation("analytics.explorer.trend")
                                + ": " + questionLabel(query.question()));
                    });
            // a single-choice question's cross-tab holds its area rows: one read for both
            loader.load(areaBusy, analytics.fromRollups(whole, true, false, null), () -> singleChoice
                    ? new Areas(analytics.crossTab(whole, Source.ROLLUP))
                    : new Areas(analytics.areaBreakdown(whole, Source.ROLLUP).areas()), areas -> {
                        areaPanel.show(areas.rows(), chosenOption(), isShare(), true);
                        crossTab.show(areas.tab(), opt -> choiceLabel(question.getValue().name(), opt));
                    });
            if (by != null) {
                loader.load(groupBusy, analytics.fromRollups(whole, false, false, by),
                        () -> analytics.groupBreakdown(whole, by, Source.ROLLUP), this::showGroups);
            }
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void showGroups(GroupBreakdown groups) {
        groupPanel.show(groups.groups().stream().map(r -> new AreaBreakdown.AreaRow(r.code(),
                choiceLabel(groups.byQuestion(), r.code()), r.n(), r.estimates(), r.versusOthers())).toList(),
                chosenOption(), isShare(), false);
    }

    /** The area rows of the explorer's breakdown, and the cross-tab they came with for a single-choice question. */
    private record Areas(List<AreaBreakdown.AreaRow> rows, CrossTab tab) {

        Areas(CrossTab tab) {
            this(tab.areas(), tab);
        }

        Areas(List<AreaBreakdown.AreaRow> rows) {
            this(rows, null);
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

    @Override
    public String getPageTitle() {
        return getTranslation("analytics.explorer.title");
    }
}
