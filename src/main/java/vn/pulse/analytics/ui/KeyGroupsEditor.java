package vn.pulse.analytics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import vn.pulse.analytics.AnalyticsRollups;
import vn.pulse.base.DomainException;
import vn.pulse.base.ui.Notifications;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;

/**
 * Administrators choose the key respondent groups of a survey (the single-choice questions its
 * rollups are kept by) and rebuild the rollups with them. The rebuild runs in the background, on a
 * million responses for minutes, while the page polls and shows it running.
 */
class KeyGroupsEditor extends Details {

    private final AnalyticsRollups rollups;
    private final SectionLoader background;
    private final Runnable saved;
    private final MultiSelectComboBox<Question> questions = new MultiSelectComboBox<>();
    private final Button save = new Button();
    private final ProgressBar running = new ProgressBar();
    private final Span status = new Span();
    private FormDefinition form;

    /**
     * @param background runs the rebuild while the page polls
     * @param saved      what to do once the rollups are rebuilt (the explorer reloads its group choices)
     */
    KeyGroupsEditor(AnalyticsRollups rollups, SectionLoader background, Runnable saved) {
        this.rollups = rollups;
        this.background = background;
        this.saved = saved;
        setId("explorer-key-groups");
        setSummaryText(getTranslation("analytics.groups.title"));
        questions.setId("explorer-key-groups-questions");
        questions.setLabel(getTranslation("analytics.groups.questions"));
        questions.setWidth("28em");
        questions.setItemLabelGenerator(q -> q.label().in(getLocale(), form == null ? "vi" : form.defaultLanguage()));
        save.setId("explorer-key-groups-save");
        save.setText(getTranslation("analytics.groups.save"));
        save.addClickListener(e -> save());
        running.setIndeterminate(true);
        running.setVisible(false);
        status.setId("explorer-key-groups-status");
        add(new Paragraph(getTranslation("analytics.groups.help")), new Div(questions, save), running, status);
    }

    /** The survey's single-choice questions, the kept ones chosen. */
    void show(FormDefinition survey, List<String> kept) {
        form = survey;
        List<Question> singleChoice = survey.questions().stream().filter(q -> q.type() == QuestionType.SELECT_ONE).toList();
        questions.setItems(singleChoice);
        questions.setValue(singleChoice.stream().filter(q -> kept.contains(q.name())).toList());
    }

    private void save() {
        long survey = form.questionnaireId();
        List<String> names = form.questions().stream().filter(questions.getValue()::contains).map(Question::name).toList();
        save.setEnabled(false);
        running.setVisible(true);
        status.setText(getTranslation("analytics.groups.rebuilding"));
        background.inBackground(() -> {
            rollups.setGroups(survey, names);
            return null;
        }, (done, error) -> finished(names, error));
    }

    private void finished(List<String> names, RuntimeException cause) {
        running.setVisible(false);
        save.setEnabled(true);
        if (cause == null) {
            status.setText(getTranslation("analytics.groups.saved", names.isEmpty() ? getTranslation("analytics.groups.none")
                    : names.stream().map(name -> form.question(name).map(questions.getItemLabelGenerator()::apply)
                            .orElse(name)).collect(java.util.stream.Collectors.joining(", "))));
            saved.run();
        } else {
            String reason = cause instanceof DomainException e ? getTranslation(e.messageKey(), e.args())
                    : String.valueOf(cause.getMessage());
            status.setText(getTranslation("analytics.groups.failed", reason));
            Notifications.error(status.getText());
        }
    }
}
