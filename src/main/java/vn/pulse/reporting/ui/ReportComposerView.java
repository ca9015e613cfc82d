package vn.pulse.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import vn.pulse.area.AreaService;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.ViewHeader;
import vn.pulse.opinion.OpinionTopicService;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.reporting.Reader;
import vn.pulse.reporting.ReportRequest;
import vn.pulse.reporting.ReportService;
import vn.pulse.reporting.Secrecy;

/**
 * "Tạo báo cáo": choose kind, area and period, check the document's details, preview, then
 * generate with a progress bar; the result is archived and offered for download.
 */
@Route("reports/new")
@Menu(order = 6, icon = "vaadin:file-add", title = "reporting.nav.compose")
@RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME})
@StyleSheet("context://styles/reporting.css")
public class ReportComposerView extends VerticalLayout implements HasDynamicTitle {

    private final ReportService reports;
    private final ReportParameters parameters;
    private final LetterheadFields letterhead = new LetterheadFields();
    private final Select<Secrecy> secrecy = new Select<>();
    private final MultiSelectComboBox<Reader> readers = new MultiSelectComboBox<>();
    private final IFrame preview = new IFrame();
    private final RunProgress progress;
    /** One key per request a person composes: a double click starts one run. */
    private String requestKey = UUID.randomUUID().toString();

    public ReportComposerView(ReportService reports, AreaService areas, OpinionTopicService topics,
            QuestionnaireService questionnaires) {
        this.reports = reports;
        this.parameters = new ReportParameters(areas, topics, questionnaires);
        this.progress = new RunProgress(reports);
        setId("report-composer");
        secrecy.setId("report-secrecy");
        secrecy.setLabel(getTranslation("reporting.compose.secrecy"));
        secrecy.setItems(Secrecy.values());
        secrecy.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        secrecy.setValue(Secrecy.NONE);
        readers.setId("report-readers");
        readers.setLabel(getTranslation("reporting.compose.readers"));
        readers.setHelperText(getTranslation("reporting.compose.readersHelp"));
        readers.setItemLabelGenerator(r -> r.displayName() + " (" + r.username() + ")");
        readers.setWidthFull();
        parameters.area.addValueChangeListener(e -> areaChosen());
        parameters.addAttachListener(e -> areaChosen());
        preview.setId("report-preview");
        preview.addClassName("report-preview");
        preview.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        preview.setVisible(false);
        Details document = new Details(getTranslation("reporting.compose.document"), letterhead);
        document.setId("report-letterhead");
        document.setWidthFull();
        HorizontalLayout distribution = new HorizontalLayout(secrecy, readers);
        distribution.setWidthFull();
        distribution.setWrap(true);
        add(new ViewHeader(getTranslation("reporting.compose.title"), getTranslation("reporting.compose.description")),
                parameters, document, distribution, actions(), progress, preview);
    }

    private HorizontalLayout actions() {
        Button show = new Button(getTranslation("reporting.compose.preview"), VaadinIcon.EYE.create(), e -> {
            preview.setSrcdoc(reports.preview(request()));
            preview.setVisible(true);
            preview.getElement().scrollIntoView();
        });
        show.setId("report-preview-button");
        Button generate = new Button(getTranslation("reporting.compose.generate"), VaadinIcon.FILE_PROCESS.create());
        generate.setId("report-generate");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(e -> {
            if (!progress.running()) {
                progress.follow(reports.generate(request()));
                requestKey = UUID.randomUUID().toString();
            }
        });
        HorizontalLayout actions = new HorizontalLayout(show, generate);
        actions.setWrap(true);
        return actions;
    }

    private void areaChosen() {
        String area = parameters.area.getCode();
        readers.clear();
        if (area == null) {
            readers.setItems(List.of());
            return;
        }
        letterhead.setValue(reports.letterhead(area));
        readers.setItems(reports.readers(area));
    }

    private ReportRequest request() {
        return new ReportRequest(parameters.kind.getValue(), parameters.area.getCode(), parameters.periodCode(),
                parameters.topicCode(), letterhead.value(), secrecy.getValue(),
                readers.getSelectedItems().stream().map(Reader::username).toList(), requestKey,
                parameters.questionnaireId(), parameters.baselineCode());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.compose.title");
    }
}
