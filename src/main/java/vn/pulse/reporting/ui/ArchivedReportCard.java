package vn.pulse.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.pulse.base.Formats;
import vn.pulse.reporting.ArchivedFile;
import vn.pulse.reporting.ArchivedReport;
import vn.pulse.reporting.ReportFormat;
import vn.pulse.reporting.ReportService;

/** One archived report: number and summary, area, author and time, the PDF's SHA-256, its files. */
class ArchivedReportCard extends Div {

    ArchivedReportCard(ReportService reports, ArchivedReport report) {
        setId("report-" + report.id());
        addClassName("report-card");
        Span title = new Span(report.number() + " · " + report.title());
        title.addClassName("report-title");
        Div meta = new Div(new Span(getTranslation(report.kind().messageKey()) + " · " + report.areaName() + " · "
                + getTranslation("reporting.archive.by", report.authorName(), Formats.dateTime(report.createdAt()))));
        meta.addClassName("report-meta");
        if (report.secrecy().marked()) {
            Span mark = new Span(report.secrecy().mark());
            mark.addClassName("secrecy-badge");
            meta.addComponentAsFirst(mark);
            mark.getElement().getStyle().set("margin-inline-end", "var(--lumo-space-s)");
        }
        add(title, meta);
        ArchivedFile pdf = report.file(ReportFormat.PDF);
        if (pdf != null) {
            Div hash = new Div("SHA-256 (PDF): " + pdf.sha256());
            hash.setId("hash-" + report.id());
            hash.addClassName("report-hash");
            add(hash);
        }
        add(ReportDownloads.of(reports, report));
    }
}
