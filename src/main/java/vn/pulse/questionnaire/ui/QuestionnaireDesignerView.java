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
        tabs.add(getTranslation("questionnaire.designer.infoTab"), new InfoEditor(draft, editable, this::save));
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
        int shown = draft.version();
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = xlsForms.export(id, shown);
            return new DownloadResponse(new ByteArrayInputStream(file), draft.code() + "-v" + shown + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.length);
        }), "");
        export.add(new Button(getTranslation("questionnaire.designer.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("designer-export");
        Span title = new Span(draft.title().in(getLocale(), draft.defaultLanguage()));
        return new ViewHeader(title.getText(), getTranslation("questionnaire.designer.code", draft.code()), version,
                preview, check, importXls, export, newVersion, publish);
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
