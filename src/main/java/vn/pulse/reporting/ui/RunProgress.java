package vn.pulse.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import vn.pulse.reporting.ArchivedReport;
import vn.pulse.reporting.ReportRun;
import vn.pulse.reporting.ReportService;
import vn.pulse.reporting.RunStatus;

/**
 * A run's progress while the report is written in the background: the page asks every half
 * second (polling, so it works behind any proxy) until the run is done, then offers the files.
 */
class RunProgress extends Div {

    private static final int POLL_MILLIS = 500;

    private final ReportService reports;
    private final ProgressBar bar = new ProgressBar(0, 100);
    private final Span status = new Span();
    private final Div result = new Div();
    private Registration polling;
    private long runId;

    RunProgress(ReportService reports) {
        this.reports = reports;
        setId("report-progress");
        addClassName("report-progress");
        bar.setId("report-progress-bar");
        status.setId("report-progress-status");
        result.setId("report-result");
        add(status, bar, result);
        setVisible(false);
        addDetachListener(e -> stop());
    }

    void follow(ReportRun run) {
        runId = run.id();
        result.removeAll();
        setVisible(true);
        getElement().scrollIntoView();
        show(run);
        UI ui = UI.getCurrent();
        stop();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> reports.run(runId).ifPresent(this::show));
    }

    boolean running() {
        return polling != null;
    }

    private void show(ReportRun run) {
        bar.setValue(run.progress());
        String stage = run.stage() == null ? getTranslation(run.status().messageKey()) : getTranslation(run.stage());
        status.setText(stage + " – " + run.progress() + "%");
        if (!run.status().finished()) {
            return;
        }
        stop();
        if (run.status() == RunStatus.FAILED) {
            bar.addThemeName("error");
            status.setText(getTranslation("reporting.run.failed") + ": " + getTranslation(run.errorKey(),
                    run.errorArgs()));
            return;
        }
        ArchivedReport report = reports.find(run.documentId()).orElseThrow();
        result.add(new ArchivedReportCard(reports, report));
    }

    private void stop() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }
}
