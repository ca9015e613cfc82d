package vn.pulse.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import vn.pulse.reporting.ArchivedReport;
import vn.pulse.reporting.ReportFile;
import vn.pulse.reporting.ReportFormat;
import vn.pulse.reporting.ReportService;

/** Links that download an archived report's files; each download goes through the service and is audited. */
final class ReportDownloads {

    private ReportDownloads() {
    }

    static Div of(ReportService reports, ArchivedReport report) {
        Div links = new Div();
        links.addClassName("report-downloads");
        for (ReportFormat format : ReportFormat.values()) {
            if (report.file(format) != null) {
                links.add(anchor(reports, report, format));
            }
        }
        return links;
    }

    private static String label(ReportFormat format) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation("reporting.download." + format.extension());
    }

    private static Anchor anchor(ReportService reports, ArchivedReport report, ReportFormat format) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            ReportFile file = reports.download(report.id(), format);
            byte[] content = file.content();
            return new DownloadResponse(new ByteArrayInputStream(content), file.fileName(), format.contentType(),
                    content.length);
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, label(format));
        anchor.setId("download-" + report.id() + "-" + format.extension());
        return anchor;
    }
}
