package vn.pulse.reporting.document;

import java.util.List;
import java.util.stream.Stream;

/**
 * A whole report as the renderers see it: the Party document's head, the body, the closing and
 * an appendix. PDF (through an HTML template), DOCX and XLSX are written from this one value,
 * so they say the same.
 */
public record ReportDocument(DocumentHeading heading, ReportBody body, DocumentClosing closing) {

    public String template() {
        return body.template();
    }

    public List<Section> sections() {
        return body.sections();
    }

    public List<Section> appendix() {
        return body.appendix();
    }

    /** Every table, body and appendix, in order: the sheets of the XLSX. */
    public List<ReportTable> tables() {
        return Stream.concat(body.sections().stream(), body.appendix().stream())
                .flatMap(s -> s.tables().stream()).toList();
    }

    public List<Chart> charts() {
        return body.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(Chart.class::isInstance).map(Chart.class::cast).toList();
    }
}
