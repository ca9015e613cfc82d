package vn.pulse.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.shared.Registration;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import vn.pulse.base.DomainException;
import vn.pulse.base.Formats;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.Notifications;
import vn.pulse.base.ui.ViewHeader;
import vn.pulse.fieldwork.ResponseStatus;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.QuestionnaireSummary;
import vn.pulse.reporting.DataExportService;
import vn.pulse.reporting.ExportFormat;
import vn.pulse.reporting.ExportRequest;
import vn.pulse.reporting.ExportResult;
import vn.pulse.reporting.PreparedExport;

/**
 * "Xuất dữ liệu": the published questionnaires of the reader's area, each version's responses as
 * CSV, XLSX, SPSS syntax or codebook. The file streams straight from the database to the browser;
 * the page polls while it is written and shows how many responses have gone out.
 */
@Route("exports")
@Menu(order = 7, icon = "vaadin:download", title = "reporting.nav.exports")
@RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME})
@StyleSheet("context://styles/reporting.css")
public class DataExportsView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MILLIS = 500;

    private final DataExportService exports;
    private final ComboBox<QuestionnaireSummary> questionnaire = new ComboBox<>();
    private final ComboBox<Integer> version = new ComboBox<>();
    private final CheckboxGroup<ResponseStatus> statuses = new CheckboxGroup<>();
    private final Span count = new Span();
    private final FlexLayout downloads = new FlexLayout();
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span progress = new Span();
    /** Downloads of this page being written now (each on its own request thread). */
    private final AtomicInteger active = new AtomicInteger();
    private boolean finished;
    private int pollsLeft = 2;

    public DataExportsView(DataExportService exports, QuestionnaireService questionnaires) {
        this.exports = exports;
        setId("data-exports");
        add(new ViewHeader(getTranslation("reporting.export.title"), getTranslation("reporting.export.description")));
        List<QuestionnaireSummary> published = questionnaires.list(false).stream()
                .filter(QuestionnaireSummary::hasPublishedVersion).toList();
        if (published.isEmpty()) {
            add(new Paragraph(getTranslation("reporting.export.none")));
            return;
        }
        Locale locale = getLocale();
        questionnaire.setId("export-questionnaire");
        questionnaire.setLabel(getTranslation("reporting.export.questionnaire"));
        questionnaire.setItems(published);
        questionnaire.setItemLabelGenerator(q -> q.title().in(locale, "vi") + " (" + q.code() + ")");
        questionnaire.setWidth("min(40rem, 100%)");
        version.setId("export-version");
        version.setLabel(getTranslation("reporting.export.versionField"));
        version.setItemLabelGenerator(v -> getTranslation("reporting.export.version", v));
        statuses.setId("export-statuses");
        statuses.setLabel(getTranslation("reporting.export.statuses"));
        statuses.setItems(ResponseStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation("reporting.export.status." + s.name().toLowerCase(Locale.ROOT)));
        statuses.setValue(exports.countedStatuses());
        count.setId("export-count");
        downloads.setId("export-downloads");
        downloads.addClassName("report-downloads");
        downloads.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        Div status = new Div(progress, bar);
        status.setId("export-progress");
        progress.setId("export-progress-text");
        status.setVisible(false);
        bar.setVisible(true);
        add(questionnaire, version, statuses, count, downloads, status);

        addAttachListener(e -> {
            Registration polling = e.getUI().addPollListener(poll -> idle(poll.getSource()));
            addDetachListener(d -> {
                polling.remove();
                d.getUI().setPollInterval(-1);
                d.unregisterListener();
            });
        });
        questionnaire.addValueChangeListener(e -> {
            QuestionnaireSummary q = e.getValue();
            version.setItems(q == null ? List.of() : IntStream.rangeClosed(1, q.publishedVersion()).boxed()
                    .sorted((a, b) -> b - a).toList());
            version.setValue(q == null ? null : q.publishedVersion());
        });
        version.addValueChangeListener(e -> refresh());
        statuses.addValueChangeListener(e -> refresh());
        questionnaire.setValue(published.getFirst());
    }

    /** Counts what the choice would export and offers a link per format. */
    private void refresh() {
        downloads.removeAll();
        count.setText("");
        QuestionnaireSummary q = questionnaire.getValue();
        if (q == null || version.getValue() == null || statuses.getValue().isEmpty()) {
            return;
        }
        Set<ResponseStatus> chosen = EnumSet.copyOf(statuses.getValue());
        try {
            PreparedExport prepared = exports.prepare(new ExportRequest(q.id(), version.getValue(), ExportFormat.CSV,
                    chosen));
            count.setText(getTranslation("reporting.export.count", Formats.integer(prepared.responses(), getLocale())));
            for (ExportFormat format : ExportFormat.values()) {
                downloads.add(anchor(new ExportRequest(q.id(), version.getValue(), format, chosen),
                        prepared.responses()));
            }
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.args()));
        }
    }

    private Anchor anchor(ExportRequest request, long total) {
        DownloadHandler handler = event -> {
            UI ui = event.getUI();
            PreparedExport prepared = exports.prepare(request);
            event.setFileName(prepared.fileName());
            event.setContentType(prepared.contentType());
            active.incrementAndGet();
            try (OutputStream out = event.getOutputStream()) {
                ExportResult result = exports.write(prepared, out, written -> ui.access(() -> at(written, total)));
                ui.access(() -> finished(ui, result));
            } catch (RuntimeException e) {
                ui.access(() -> failed(ui));
                throw e;
            } finally {
                active.decrementAndGet();
            }
        };
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(request.format().messageKey()));
        anchor.setId("export-" + request.format().code());
        // The download itself cannot tell the page anything: the click starts polling for its progress.
        anchor.getElement().addEventListener("click", e -> started(total));
        return anchor;
    }

    private void started(long total) {
        progress.getParent().ifPresent(p -> p.setVisible(true));
        bar.removeThemeName("error");
        if (active.get() == 0 && !finished) {
            at(0, total);
        }
        finished = false;
        pollsLeft = 4;
        getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
    }

    /** Stops polling once no download of this page is running any more. */
    private void idle(UI ui) {
        if (active.get() == 0 && pollsLeft-- <= 0) {
            ui.setPollInterval(-1);
        }
    }

    private void at(long written, long total) {
        bar.setValue(total == 0 ? 1 : Math.min(1, (double) written / total));
        progress.setText(getTranslation("reporting.export.progress", Formats.integer(written, getLocale()),
                Formats.integer(total, getLocale())));
    }

    private void finished(UI ui, ExportResult result) {
        finished = true;
        pollsLeft = 2;
        bar.setValue(1);
        progress.setText(getTranslation("reporting.export.done", Formats.integer(result.responses(), getLocale()),
                result.fileName()));
    }

    private void failed(UI ui) {
        bar.addThemeName("error");
        pollsLeft = 0;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.export.title");
    }
}
