package vn.pulse.reporting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.pulse.area.AreaPicker;
import vn.pulse.area.AreaService;
import vn.pulse.base.Formats;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.ui.DatePickers;
import vn.pulse.opinion.OpinionTopic;
import vn.pulse.opinion.OpinionTopicService;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.QuestionnaireSummary;
import vn.pulse.reporting.PeriodType;
import vn.pulse.reporting.ReportKind;
import vn.pulse.reporting.ReportPeriod;

/**
 * What a report is about: its kind, area and period; for a quick report the topic and the days;
 * for a survey results report the questionnaire and the earlier wave it is compared with.
 * Periods offered are the recent ones (24 months, 8 quarters, 5 years).
 */
class ReportParameters extends FormLayout {

    private static final int MONTHS = 24;
    private static final int QUARTERS = 8;
    private static final int YEARS = 5;
    private static final int QUICK_DAYS = 14;

    final RadioButtonGroup<ReportKind> kind = new RadioButtonGroup<>();
    final AreaPicker area;
    private final Select<PeriodType> periodType = new Select<>();
    private final Select<ReportPeriod> period = new Select<>();
    private final ComboBox<OpinionTopic> topic = new ComboBox<>();
    private final DatePicker from = DatePickers.create();
    private final DatePicker to = DatePickers.create();
    private final ComboBox<QuestionnaireSummary> questionnaire = new ComboBox<>();
    private final Select<ReportPeriod> baseline = new Select<>();

    ReportParameters(AreaService areas, OpinionTopicService topics, QuestionnaireService questionnaires) {
        kind.setId("report-kind");
        kind.setLabel(getTranslation("reporting.compose.kind"));
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        area = new AreaPicker(getTranslation("reporting.compose.area"), areas);
        area.setId("report-area");
        area.setCode(CurrentUser.scope().rootCode());
        periodType.setId("report-period-type");
        periodType.setLabel(getTranslation("reporting.compose.periodType"));
        periodType.setItems(PeriodType.MONTH, PeriodType.QUARTER, PeriodType.YEAR);
        periodType.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        period.setId("report-period");
        period.setLabel(getTranslation("reporting.compose.period"));
        period.setItemLabelGenerator(this::label);
        periodType.addValueChangeListener(e -> offerPeriods(e.getValue()));
        topic.setId("report-topic");
        topic.setLabel(getTranslation("reporting.compose.topic"));
        topic.setItems(topics.active().stream().filter(t -> !t.isGroup()).toList());
        topic.setItemLabelGenerator(t -> t.name(getLocale()));
        from.setId("report-from");
        from.setLabel(getTranslation("common.from"));
        to.setId("report-to");
        to.setLabel(getTranslation("common.to"));
        LocalDate today = LocalDate.now(Formats.ZONE);
        to.setValue(today);
        from.setValue(today.minusDays(QUICK_DAYS - 1));
        questionnaire.setId("report-questionnaire");
        questionnaire.setLabel(getTranslation("reporting.compose.questionnaire"));
        questionnaire.setItems(questionnaires.list(false).stream().filter(QuestionnaireSummary::hasPublishedVersion)
                .toList());
        questionnaire.setItemLabelGenerator(q -> q.title().in(getLocale(), "vi") + " (" + q.code() + ")");
        baseline.setId("report-baseline");
        baseline.setLabel(getTranslation("reporting.compose.baseline"));
        baseline.setEmptySelectionAllowed(true);
        baseline.setItemLabelGenerator(p -> p == null ? "" : label(p));
        period.addValueChangeListener(e -> offerBaselines(e.getValue()));
        kind.addValueChangeListener(e -> showFieldsOf(e.getValue()));
        add(kind, area, questionnaire, periodType, period, baseline, topic, from, to);
        setColspan(kind, 2);
        kind.setValue(ReportKind.OPINION_PERIODIC);
        periodType.setValue(PeriodType.MONTH);
    }

    /** The period's code as the service reads it, or null when none is chosen. */
    String periodCode() {
        if (kind.getValue() == ReportKind.OPINION_QUICK) {
            return from.getValue() == null || to.getValue() == null ? null : from.getValue() + ".." + to.getValue();
        }
        return period.getValue() == null ? null : period.getValue().code();
    }

    Long questionnaireId() {
        return kind.getValue() == ReportKind.SURVEY_RESULTS && questionnaire.getValue() != null
                ? questionnaire.getValue().id() : null;
    }

    String baselineCode() {
        return kind.getValue() == ReportKind.SURVEY_RESULTS && baseline.getValue() != null
                ? baseline.getValue().code() : null;
    }

    /** The earlier periods of the same kind, for the wave a survey report compares with. */
    private void offerBaselines(ReportPeriod chosen) {
        List<ReportPeriod> earlier = new ArrayList<>();
        if (chosen != null) {
            ReportPeriod p = chosen.previous();
            for (int i = 0; i < MONTHS; i++, p = p.previous()) {
                earlier.add(p);
            }
        }
        baseline.setItems(earlier);
        baseline.clear();
    }

    String topicCode() {
        return kind.getValue() == ReportKind.OPINION_QUICK && topic.getValue() != null ? topic.getValue().code() : null;
    }

    private void showFieldsOf(ReportKind chosen) {
        boolean quick = chosen == ReportKind.OPINION_QUICK;
        periodType.setVisible(!quick);
        period.setVisible(!quick);
        topic.setVisible(quick);
        questionnaire.setVisible(chosen == ReportKind.SURVEY_RESULTS);
        baseline.setVisible(chosen == ReportKind.SURVEY_RESULTS);
        from.setVisible(quick);
        to.setVisible(quick);
    }

    private void offerPeriods(PeriodType type) {
        List<ReportPeriod> recent = new ArrayList<>();
        int count = switch (type) {
            case QUARTER -> QUARTERS;
            case YEAR -> YEARS;
            default -> MONTHS;
        };
        ReportPeriod current = ReportPeriod.of(type, LocalDate.now(Formats.ZONE));
        for (int i = 0; i < count; i++, current = current.previous()) {
            recent.add(current);
        }
        period.setItems(recent);
        period.setValue(recent.size() > 1 ? recent.get(1) : recent.getFirst());
    }

    private String label(ReportPeriod p) {
        if (!"vi".equals(getLocale().getLanguage())) {
            return p.code();
        }
        String words = p.inWords();
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
