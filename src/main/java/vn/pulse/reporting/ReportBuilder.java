package vn.pulse.reporting;

import vn.pulse.reporting.document.ReportBody;

/**
 * Gathers the data of one kind of report and writes its body: the sections, tables and charts
 * between the document's head and its closing, which the reporting core adds. A new kind of
 * report is a new builder (a Spring bean) and a template in reports/templates.
 */
public interface ReportBuilder {

    ReportKind kind();

    /**
     * Checks what only this kind knows (e.g. that a topic exists) when the report is asked for,
     * so that a bad request is refused at once rather than failing in the background.
     */
    default void check(ReportSpec spec) {
    }

    /**
     * The body of the report the spec describes. Runs as the person who asked (or the system
     * for scheduled reports), so the data services apply their scope.
     */
    ReportBody build(ReportSpec spec, Progress progress);

    /** Where a long build stands, for the progress bar: a percentage and what is being done. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (percent, stage) -> { };

        /** @param stage i18n key of the step, e.g. reporting.stage.charts */
        void at(int percent, String stage);
    }
}
