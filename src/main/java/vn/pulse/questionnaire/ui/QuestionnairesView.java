package vn.pulse.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.pulse.base.Formats;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.ViewHeader;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.QuestionnaireSummary;
import vn.pulse.questionnaire.QuestionnaireTemplates;
import vn.pulse.questionnaire.XlsFormService;

/** Administrators list the questionnaires of their area, and start new ones: blank, from a template, from XLSForm. */
@Route("admin/questionnaires")
@Menu(order = 10, icon = "vaadin:clipboard-check", title = "questionnaire.nav")
@RolesAllowed(Role.ADMIN_NAME)
public class QuestionnairesView extends VerticalLayout implements HasDynamicTitle {

    private final QuestionnaireService questionnaires;
    private final Grid<QuestionnaireSummary> grid = new Grid<>();
    private final Checkbox showArchived = new Checkbox();

    public QuestionnairesView(QuestionnaireService questionnaires, QuestionnaireTemplates templates,
            XlsFormService xlsForms) {
        this.questionnaires = questionnaires;
        setId("questionnaires");
        Button create = new Button(getTranslation("questionnaire.list.create"), VaadinIcon.PLUS.create(),
                e -> new NewQuestionnaireDialog(questionnaires, templates, this::open).open());
        create.setId("new-questionnaire");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importXls = new Button(getTranslation("questionnaire.list.import"), VaadinIcon.UPLOAD.create(),
                e -> new XlsFormImportDialog(xlsForms, null, this::open).open());
        importXls.setId("import-xlsform");

        showArchived.setLabel(getTranslation("questionnaire.list.showArchived"));
        showArchived.addValueChangeListener(e -> refresh());
        grid.setId("questionnaire-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(s -> s.title().in(getLocale(), "vi")).setHeader(getTranslation("questionnaire.list.title"))
                .setFlexGrow(3);
        grid.addColumn(QuestionnaireSummary::code).setHeader(getTranslation("questionnaire.list.code")).setAutoWidth(true);
        grid.addColumn(this::versionText).setHeader(getTranslation("questionnaire.list.version")).setAutoWidth(true);
        grid.addColumn(QuestionnaireSummary::questionCount).setHeader(getTranslation("questionnaire.list.questions"))
                .setAutoWidth(true);
        grid.addColumn(s -> Formats.dateTime(s.updatedAt())).setHeader(getTranslation("questionnaire.list.updated"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setSizeFull();
        add(new ViewHeader(getTranslation("questionnaire.list.heading"), getTranslation("questionnaire.list.description"),
                importXls, create), showArchived, grid);
        setSizeFull();
        refresh();
    }

    private String versionText(QuestionnaireSummary s) {
        String latest = "v" + s.latestVersion() + " · " + getTranslation(s.latestStatus().messageKey());
        String text = s.hasPublishedVersion() && s.publishedVersion() != s.latestVersion()
                ? latest + " (" + getTranslation("questionnaire.list.inUse", s.publishedVersion()) + ")" : latest;
        return s.archived() ? text + " · " + getTranslation("questionnaire.status.archived") : text;
    }

    private void refresh() {
        grid.setItems(questionnaires.list(showArchived.getValue()));
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(QuestionnaireDesignerView.class,
                new com.vaadin.flow.router.RouteParameters("id", String.valueOf(id))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("questionnaire.list.heading");
    }
}
