package vn.pulse.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import vn.pulse.area.AreaService;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.Notifications;
import vn.pulse.base.ui.ViewHeader;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.FormProblemsException;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.XlsFormService;

/**
 * The questionnaire designer: sections and questions of the current draft (every change saved at
 * once), the sampling plan, the title and languages; preview as a surveyor sees it, check, publish.
 * A published version is read-only: "Chỉnh sửa" starts the next version as a copy of it.
 */
@Route("admin/questionnaires/:id")
@StyleSheet("context://styles/questionnaire.css")
@RolesAllowed(Role.ADMIN_NAME)
public class QuestionnaireDesignerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final QuestionnaireService questionnaires;
    private final XlsFormService xlsForms;
    private final AreaService areas;
    private long id;
    private FormDefinition draft;
    private boolean owned;

    public QuestionnaireDesignerView(QuestionnaireService questionnaires, XlsFormService xlsForms, AreaService areas) {
        this.questionnaires = questionnaires;
        this.xlsForms = xlsForms;
        this.areas = areas;
        setId("questionnaire-designer");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        owned = questionnaires.canEdit(id);
        show(questionnaires.latest(id));
    }

    private void show(FormDefinition definition) {
        draft = definition;
        removeAll();
        boolean editable = owned && !draft.isPublished();
        add(header(editable));
        if (draft.isPublished()) {
            Div banner = new Div(getTranslation(owned ? "questionnaire.designer.publishedBanner"
                    : "questionnaire.designer.readOnlyBanner", draft.version()));
            banner.addClassName("designer-banner");
            banner.setId("published-banner");
            add(banner);
        }
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("questionnaire.designer.questionsTab"),
                new QuestionsEditor(draft, editable, this::save));
        tabs.add(getTranslation("questionnaire.designer.planTab"), new SamplingPlanEditor(draft, owned, plan ->
                show(questionnaires.saveSamplingPlan(id, plan))));
        List<Anchor> versions = questionnaires.versionNumbers(id).stream()
                .map(n -> exportLink(n, getTranslation("questionnaire.designer.versionLine", n))).toList();
        tabs.add(getTranslation("questionnaire.designer.infoTab"), new InfoEditor(draft, editable, this::save, versions));
        add(tabs);
    }

    private ViewHeader header(boolean editable) {
        Span version = new Span("v" + draft.version() + " · " + getTranslation(draft.status().messageKey()));
        version.setId("designer-version");
        version.addClassNames("designer-badge", draft.isPublished() ? "published" : "draft");
        Button preview = new Button(getTranslation("questionnaire.designer.preview"), VaadinIcon.EYE.create(),
                e -> new PreviewDialog(draft, areas).open());
        preview.setId("designer-preview");
        Button check = new Button(getTranslation("questionnaire.designer.check"), VaadinIcon.CHECK_SQUARE_O.create(),
                e -> new ProblemsDialog(questionnaires.validate(id)).open());
        check.setId("designer-check");
        check.setVisible(editable);
        Button publish = new Button(getTranslation("questionnaire.designer.publish"), VaadinIcon.PAPERPLANE.create(),
                e -> publish());
        publish.setId("designer-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setVisible(editable);
        Button newVersion = new Button(getTranslation("questionnaire.designer.newVersion"), VaadinIcon.EDIT.create(),
                e -> show(questionnaires.startNewVersion(id)));
        newVersion.setId("designer-new-version");
        newVersion.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newVersion.setVisible(owned && draft.isPublished());
        Button importXls = new Button(getTranslation("questionnaire.import.intoDraft"), VaadinIcon.UPLOAD.create(),
                e -> new XlsFormImportDialog(xlsForms, id, imported -> show(questionnaires.latest(id))).open());
        importXls.setVisible(editable);
        Anchor export = exportLink(draft.version(), getTranslation("questionnaire.designer.export"));
        export.setId("designer-export");
        Button copy = new Button(getTranslation("questionnaire.copy.action"), VaadinIcon.COPY.create(),
                e -> new CopyDialog(questionnaires, draft, this::openOther).open());
        copy.setId("designer-copy");
        boolean archived = questionnaires.isArchived(id);
        Button archive = new Button(getTranslation(archived ? "questionnaire.designer.restore"
                : "questionnaire.designer.archive"), (archived ? VaadinIcon.ARROW_BACKWARD : VaadinIcon.ARCHIVE).create(),
                e -> {
                    questionnaires.setArchived(id, !archived);
                    Notifications.success(getTranslation(archived ? "questionnaire.designer.restored"
                            : "questionnaire.designer.archived"));
                    show(questionnaires.latest(id));
                });
        archive.setId("designer-archive");
        archive.setVisible(owned);
        String title = draft.title().in(getLocale(), draft.defaultLanguage());
        String subtitle = getTranslation("questionnaire.designer.code", draft.code())
                + (archived ? " · " + getTranslation("questionnaire.status.archived") : "");
        return new ViewHeader(title, subtitle, version, preview, check, importXls, export, copy, archive, newVersion,
                publish);
    }

    /** A button that downloads one version as XLSForm (the export is audited when it happens). */
    private Anchor exportLink(int version, String text) {
        String code = draft.code();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = xlsForms.export(id, version);
            return new DownloadResponse(new ByteArrayInputStream(file), code + "-v" + version + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.length);
        }), "");
        link.add(new Button(text, VaadinIcon.DOWNLOAD.create()));
        return link;
    }

    private void openOther(long other) {
        getUI().ifPresent(ui -> ui.navigate(QuestionnaireDesignerView.class,
                new com.vaadin.flow.router.RouteParameters("id", String.valueOf(other))));
    }

    private void save(FormDefinition changed) {
        show(questionnaires.saveDraft(id, changed));
        Notifications.success(getTranslation("common.saved"));
    }

    private void publish() {
        try {
            show(questionnaires.publish(id));
            Notifications.success(getTranslation("questionnaire.designer.published", draft.version()));
        } catch (FormProblemsException e) {
            new ProblemsDialog(e.problems()).open();
        }
    }

    @Override
    public String getPageTitle() {
        return draft == null ? getTranslation("questionnaire.list.heading")
                : draft.title().in(getLocale(), draft.defaultLanguage());
    }
}
