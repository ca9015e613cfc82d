package vn.pulse.reporting.document;

import java.util.List;

/**
 * What a report's builder writes: everything but the head's fixed lines and the closing.
 *
 * @param template     the HTML template in reports/templates, without ".html"
 * @param documentType the type line, e.g. "BÁO CÁO"
 * @param summary      the summary line, e.g. "Tình hình dư luận xã hội tháng 10 năm 2023"
 * @param sections     the body before the signature
 * @param appendix     tables that follow the signature (e.g. weekly figures)
 * @param about        facts for the XLSX "Thông tin" sheet: pairs of label and value
 */
public record ReportBody(String template, String documentType, String summary, List<Section> sections,
        List<Section> appendix, List<List<String>> about) {

    public ReportBody {
        sections = List.copyOf(sections);
        appendix = List.copyOf(appendix);
        about = about.stream().map(List::copyOf).toList();
    }
}
