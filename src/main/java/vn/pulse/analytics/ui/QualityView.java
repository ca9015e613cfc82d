package vn.pulse.analytics.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.pulse.analytics.QualityReport;
import vn.pulse.analytics.QualityService;
import vn.pulse.base.DomainException;
import vn.pulse.base.Formats;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.Notifications;
import vn.pulse.base.ui.ViewHeader;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.QuestionnaireSummary;
import vn.pulse.statistics.NearDuplicateFlag;
import vn.pulse.statistics.QualityFlag;
import vn.pulse.statistics.SpeedingFlag;
import vn.pulse.statistics.StraightLiningFlag;
import vn.pulse.statistics.SurveyorDeviationFlag;

/** Supervisors' data-quality view: detector flags by surveyor and area, each with its evidence. */
@Route("quality")
@Menu(order = 3, icon = "vaadin:search", title = "analytics.nav.quality")
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@StyleSheet("context://styles/analytics.css")
public class QualityView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final QualityService quality;
    private final ComboBox<QuestionnaireSummary> survey = new ComboBox<>();
    private final Chart chart = new Chart("quality-chart", "320px");
    private final Grid<QualityReport.SurveyorFlags> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    public QualityView(QualityService quality, QuestionnaireService questionnaires) {
        this.quality = quality;
        setId("quality");
        addClassName("analytics-view");
        survey.setId("quality-survey");
        survey.setLabel(getTranslation("analytics.filter.survey"));
        survey.setItems(questionnaires.list(false).stream().filter(QuestionnaireSummary::hasPublishedVersion).toList());
        survey.setItemLabelGenerator(s -> s.title().in(getLocale(), "vi"));
        survey.setWidth("min(28em, 100%)");
        survey.addValueChangeListener(e -> refresh());
        summary.setId("quality-summary");
        grid.setId("quality-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(QualityReport.SurveyorFlags::surveyor).setHeader(getTranslation("analytics.quality.surveyor"));
        grid.addColumn(QualityReport.SurveyorFlags::areaName).setHeader(getTranslation("analytics.table.area"));
        grid.addColumn(f -> Formats.integer(f.interviews(), getLocale())).setHeader(getTranslation("analytics.quality.interviews"));
        grid.addColumn(QualityReport.SurveyorFlags::speeding).setHeader(getTranslation("analytics.quality.speeding"));
        grid.addColumn(QualityReport.SurveyorFlags::straightLining).setHeader(getTranslation("analytics.quality.straightLining"));
        grid.addColumn(QualityReport.SurveyorFlags::nearDuplicates).setHeader(getTranslation("analytics.quality.nearDuplicates"));
        grid.addColumn(QualityReport.SurveyorFlags::deviations).setHeader(getTranslation("analytics.quality.deviations"));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::evidence));
        add(new ViewHeader(getTranslation("analytics.quality.title"), getTranslation("analytics.quality.description")),
                survey, summary, chart, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SurveyLink.select(event, survey);
    }

    private void refresh() {
        if (survey.getValue() == null) {
            return;
        }
        try {
            QualityReport report = quality.report(survey.getValue().id());
            summary.setText(getTranslation("analytics.quality.summary", Formats.integer(report.responses(), getLocale())));
            grid.setItems(report.surveyors());
            ObjectNode o = JSON.createObjectNode();
            o.putObject("grid").put("left", 160).put("right", 24).put("top", 28).put("bottom", 24);
            o.putObject("legend").put("top", 0);
            o.putObject("xAxis").put("type", "value");
            ArrayNode names = o.putObject("yAxis").put("type", "category").put("inverse", true).putArray("data");
            ArrayNode series = o.putArray("series");
            String[] keys = {"speeding", "straightLining", "nearDuplicates", "deviations"};
            String[] colours = {"#b71c1c", "#ef6c00", "#6a1b9a", "#1565c0"};
            for (int k = 0; k < keys.length; k++) {
                series.addObject().put("type", "bar").put("stack", "flags").put("color", colours[k])
                        .put("name", getTranslation("analytics.quality." + keys[k])).putArray("data");
            }
            report.surveyors().stream().filter(s -> s.total() > 0).limit(15).forEach(s -> {
                names.add(s.surveyor());
                series.get(0).withArray("data").add(s.speeding());
                series.get(1).withArray("data").add(s.straightLining());
                series.get(2).withArray("data").add(s.nearDuplicates());
                series.get(3).withArray("data").add(s.deviations());
            });
            chart.show(o, getTranslation("analytics.quality.chart"), 0, "");
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.args()));
        }
    }

    private UnorderedList evidence(QualityReport.SurveyorFlags surveyor) {
        UnorderedList list = new UnorderedList();
        list.addClassName("quality-evidence");
        for (QualityReport.Evidence e : surveyor.flags()) {
            String where = e.responseId() == null ? e.areaName()
                    : getTranslation("analytics.quality.response", e.responseId(), Formats.date(e.interviewDate()),
                    e.areaName());
            list.add(new ListItem(where + ": " + describe(e.flag())));
        }
        if (surveyor.flags().isEmpty()) {
            list.add(new ListItem(getTranslation("analytics.quality.none")));
        }
        return list;
    }

    private String describe(QualityFlag flag) {
        return switch (flag) {
            case SpeedingFlag f -> getTranslation("analytics.quality.speedingEvidence", Math.round(f.seconds() / 60.0),
                    Math.round(f.medianSeconds() / 60.0), Formats.percent(f.ratio(), getLocale()));
            case StraightLiningFlag f -> getTranslation("analytics.quality.straightLiningEvidence", f.longestRun(),
                    f.answered(), Formats.number(f.value(), 0, getLocale()));
            case NearDuplicateFlag f -> getTranslation("analytics.quality.nearDuplicateEvidence", f.duplicateOf(),
                    f.identical(), f.compared());
            case SurveyorDeviationFlag f -> getTranslation("analytics.quality.deviationEvidence", f.question(), f.answer(),
                    Formats.percent(f.surveyorShare(), getLocale()), Formats.percent(f.peerShare(), getLocale()),
                    Formats.number(f.adjustedP(), 4, getLocale()));
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analytics.quality.title");
    }
}
