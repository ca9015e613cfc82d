package vn.pulse.reporting.document;

import java.util.List;

/**
 * A whole report as the renderers see it: the Party document's head, the body in sections and
 * its closing. PDF (through an HTML template), DOCX and XLSX are written from this one value,
 * so they say the same.
 *
 * @param template the HTML template in reports/templates, without ".html"
 * @param about    the facts the XLSX "Thông tin" sheet lists (area, period, base, method), in order
 */
public record ReportDocument(String template, DocumentHeading heading, List<Section> sections,
        DocumentClosing closing, List<List<String>> about) {

    public ReportDocument {
        sections = List.copyOf(sections);
        about = about.stream().map(List::copyOf).toList();
    }

    public List<ReportTable> tables() {
        return sections.stream().flatMap(s -> s.tables().stream()).toList();
    }

    public List<Chart> charts() {
        return sections.stream().flatMap(s -> s.blocks().stream())
                .filter(Chart.class::isInstance).map(Chart.class::cast).toList();
    }
}
