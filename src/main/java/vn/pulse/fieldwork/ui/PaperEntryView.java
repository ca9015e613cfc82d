package vn.pulse.fieldwork.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.pulse.account.AccountService;
import vn.pulse.account.UserAccount;
import vn.pulse.area.AreaPicker;
import vn.pulse.area.AreaService;
import vn.pulse.base.DomainException;
import vn.pulse.base.Formats;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.Notifications;
import vn.pulse.base.ui.ViewHeader;
import vn.pulse.fieldwork.Channel;
import vn.pulse.fieldwork.Submission;
import vn.pulse.fieldwork.SubmissionResult;
import vn.pulse.fieldwork.SubmissionService;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.QuestionnaireSummary;
import vn.pulse.questionnaire.form.FormView;

/**
 * Paper entry: a supervisor types in paper questionnaires on behalf of the surveyor who collected
 * them, each with its printed form number (a number already entered is refused); entered-by is the
 * supervisor. The same pipeline checks every answer.
 */
@Route("supervision/paper")
@RolesAllowed(Role.SUPERVISOR_NAME)
@StyleSheet("context://styles/fieldwork.css")
public class PaperEntryView extends VerticalLayout implements HasDynamicTitle {

    private final SubmissionService submissions;
    private final QuestionnaireService questionnaires;
    private final AreaService areas;
    private final Select<QuestionnaireSummary> questionnaire = new Select<>();
    private final ComboBox<UserAccount> surveyor;
    private final AreaPicker area;
    private final TextField formNumber = new TextField();
    private final Div formHolder = new Div();
    private String uuid = UUID.randomUUID().toString();

    public PaperEntryView(SubmissionService submissions, QuestionnaireService questionnaires, AccountService accounts,
            AreaService areas) {
        this.submissions = submissions;
        this.questionnaires = questionnaires;
        this.areas = areas;
        setId("paper-entry");
        addClassName("fw-fill");
        questionnaire.setId("paper-questionnaire");
        questionnaire.setLabel(getTranslation("fieldwork.assign.questionnaire"));
        questionnaire.setItems(questionnaires.list(false).stream().filter(QuestionnaireSummary::hasPublishedVersion)
                .toList());
        questionnaire.setItemLabelGenerator(q -> q.title().in(getLocale(), "vi"));
        questionnaire.setWidthFull();
        questionnaire.addValueChangeListener(e -> showForm());
        surveyor = new ComboBox<>(getTranslation("fieldwork.assign.surveyor"));
        surveyor.setId("paper-surveyor");
        surveyor.setItems(accounts.list(Role.SURVEYOR));
        surveyor.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        surveyor.setWidthFull();
        area = new AreaPicker(getTranslation("fieldwork.assign.area"), areas);
        area.setId("paper-area");
        formNumber.setId("paper-number");
        formNumber.setLabel(getTranslation("fieldwork.paper.number"));
        formNumber.setMaxLength(40);
        add(new ViewHeader(getTranslation("fieldwork.paper.title"), getTranslation("fieldwork.paper.description")),
                questionnaire, surveyor, area, formNumber, formHolder);
    }

    private void showForm() {
        formHolder.removeAll();
        QuestionnaireSummary chosen = questionnaire.getValue();
        if (chosen == null) {
            return;
        }
        FormDefinition form = questionnaires.currentPublished(chosen.id()).orElse(null);
        if (form == null) {
            return;
        }
        FormView view = new FormView(form, form.defaultLanguage(), areas, LocalDate.now(Formats.ZONE));
        view.setId("paper-form");
        view.onFinish(evaluation -> enter(form, view));
        formHolder.add(view);
    }

    private void enter(FormDefinition form, FormView view) {
        if (surveyor.getValue() == null) {
            Notifications.error(getTranslation("fieldwork.paper.surveyorMissing"));
            return;
        }
        Instant now = Instant.now();
        Submission submission = Submission.of(uuid, form.version(), area.getCode(), null, now, view.rawAnswers())
                .withFormNumber(formNumber.getValue());
        try {
            SubmissionResult result = submissions.submitFor(form.questionnaireId(), surveyor.getValue().id(),
                    Channel.PAPER, List.of(submission)).getFirst();
            if (result.isRejected()) {
                Notifications.error(result.errors().stream().map(e -> (e.question() == null ? "" : e.question() + ": ")
                        + e.message(getLocale(), form.defaultLanguage())).collect(Collectors.joining("; ")));
                return;
            }
            Notifications.success(getTranslation("fieldwork.paper.saved", formNumber.getValue()));
            uuid = UUID.randomUUID().toString();
            formNumber.clear();
            showForm();
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.args()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fieldwork.paper.title");
    }
}
