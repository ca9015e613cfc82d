package vn.pulse.opinion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.pulse.area.AreaPicker;
import vn.pulse.area.AreaService;
import vn.pulse.base.Formats;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.Notifications;
import vn.pulse.opinion.FieldError;
import vn.pulse.opinion.OpinionReport;
import vn.pulse.opinion.OpinionReportService;
import vn.pulse.opinion.OpinionStream;
import vn.pulse.opinion.OpinionTopic;
import vn.pulse.opinion.OpinionTopicService;
import vn.pulse.opinion.ReportInput;
import vn.pulse.opinion.ReportKind;
import vn.pulse.opinion.ReportStatus;
import vn.pulse.opinion.SubmissionResult;

/**
 * Quick capture of one opinion report on a phone. Every change is saved to the server-side
 * draft within a second or so, so a reload, a dropped connection or another device loses
 * nothing; submitting checks everything on the server and marks each wrong field.
 */
@Route("opinion/report/:uuid")
@RolesAllowed(Role.SURVEYOR_NAME)
@StyleSheet("context://styles/opinion.css")
public class ReportEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final OpinionReportService reports;
    private final AreaService areas;
    private final List<OpinionTopic> topics;
    private final List<StreamForm> streams = new ArrayList<>();
    private final Div streamList = new Div();
    private final Span saveStatus = new Span();
    private final AreaPicker area;
    private final TextField title = new TextField();
    private OpinionReport report;
    private int saves;

    public ReportEditorView(OpinionReportService reports, OpinionTopicService topicService, AreaService areas) {
        this.reports = reports;
        this.areas = areas;
        this.topics = topicService.active();
        this.area = new AreaPicker(getTranslation("opinion.editor.area"), areas);
        setId("report-editor");
        addClassName("opinion-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String uuid = event.getRouteParameters().get("uuid").orElse("");
        report = reports.mine(uuid).orElse(null);
        if (report == null) {
            event.forwardTo(MyReportsView.class);
            return;
        }
        removeAll();
        H2 heading = new H2(OpinionLabels.title(this, report.kind(), report.period(), null));
        heading.addClassName("view-heading");
        add(heading, OpinionLabels.status(this, report.status()));
        if (report.reviewComment() != null && report.status() != ReportStatus.SUBMITTED) {
            Paragraph comment = new Paragraph(getTranslation("opinion.editor.returned", report.reviewComment()));
            comment.setId("review-comment-banner");
            comment.addClassName("review-comment");
            add(comment);
        }
        if (report.status().editable()) {
            buildForm();
        } else {
            add(new ReportDetails(report));
        }
    }

    private void buildForm() {
        saveStatus.setId("autosave-status");
        saveStatus.addClassName("autosave-status");
        saveStatus.setText(getTranslation("opinion.editor.autosaveHint"));
        area.setId("report-area");
        area.setRequired(true);
        area.setCode(report.areaCode());
        area.addValueChangeListener(e -> autosaveIfFromClient(e.isFromClient()));
        title.setId("report-title");
        title.setLabel(getTranslation("opinion.editor.title"));
        title.setHelperText(getTranslation("opinion.editor.titleHelp"));
        title.setMaxLength(ReportInput.MAX_TITLE);
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setValue(report.title() == null ? "" : report.title());
        title.setVisible(report.kind() == ReportKind.URGENT);
        title.addValueChangeListener(e -> autosaveIfFromClient(e.isFromClient()));
        streamList.setWidthFull();
        streamList.addClassName("stream-list");
        report.streams().forEach(this::addStream);
        if (streams.isEmpty()) {
            addStream(null);
        }
        streams.getLast().setOpened(true); // carry on where the person stopped
        Button addStream = new Button(getTranslation("opinion.editor.addStream"), VaadinIcon.PLUS.create(), e -> {
            streams.forEach(s -> s.setOpened(false));
            addStream(null);
            autosave();
        });
        addStream.setId("add-stream");
        addStream.addThemeVariants(ButtonVariant.LUMO_LARGE);
        addStream.setWidthFull();
        Button submit = new Button(getTranslation("opinion.editor.submit"), VaadinIcon.PAPERPLANE.create(), e -> submit());
        submit.setId("submit-report");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setWidthFull();
        add(saveStatus, area, title, streamList, addStream, submit);
    }

    private void addStream(OpinionStream stored) {
        StreamForm form = new StreamForm(streams.size(), topics, areas, this::autosave, this::removeStream);
        if (stored != null) {
            form.show(stored);
            form.setOpened(false);
        }
        streams.add(form);
        streamList.add(form);
    }

    private void removeStream(StreamForm form) {
        streams.remove(form);
        streamList.remove(form);
        for (int i = 0; i < streams.size(); i++) {
            streams.get(i).setIndex(i);
        }
        autosave();
    }

    private void autosaveIfFromClient(boolean fromClient) {
        if (fromClient) {
            autosave();
        }
    }

    private void autosave() {
        List<FieldError> errors = reports.saveDraft(input());
        showErrors(errors);
        if (errors.isEmpty()) {
            saves++;
            saveStatus.setText(getTranslation("opinion.editor.saved",
                    SAVED_AT.format(LocalTime.now(Formats.ZONE))));
            saveStatus.getElement().setAttribute("data-saves", String.valueOf(saves));
        } else {
            saveStatus.setText(getTranslation("opinion.editor.notSaved"));
        }
    }

    private void submit() {
        SubmissionResult result = reports.submit(input());
        if (result.accepted()) {
            Notifications.success(getTranslation("opinion.editor.submitted"));
            getUI().ifPresent(ui -> ui.navigate(MyReportsView.class));
        } else {
            showErrors(result.errors());
            Notifications.error(getTranslation("opinion.editor.fix", result.errors().size()));
        }
    }

    private ReportInput input() {
        return new ReportInput(report.uuid(), report.kind().code(), report.period().toString(), title.getValue(),
                area.getCode(), streams.stream().map(StreamForm::toInput).toList());
    }

    /** Puts each error next to its field; errors without a field of their own go to a notification. */
    private void showErrors(List<FieldError> errors) {
        area.setInvalid(false);
        title.setInvalid(false);
        streams.forEach(StreamForm::clearErrors);
        for (FieldError error : errors) {
            String message = getTranslation(error.messageKey(), error.args().toArray());
            if (!placed(error.field(), message)) {
                Notifications.error(message);
            }
        }
    }

    private boolean placed(String field, String message) {
        if (field.equals("area") || field.equals("title")) {
            var target = field.equals("area") ? area : title;
            target.setErrorMessage(message);
            target.setInvalid(true);
            return true;
        }
        if (field.startsWith("streams[")) {
            int index = Integer.parseInt(field.substring(8, field.indexOf(']')));
            return index < streams.size() && streams.get(index).showError(field.substring(field.indexOf('.') + 1), message);
        }
        return false;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opinion.reports.title");
    }
}
