package vn.pulse.reporting.document;

/** A piece of a section's body, rendered alike in PDF, DOCX and (tables) XLSX. */
public sealed interface Block permits Paragraph, Bullets, SubHeading, ReportTable, Chart {

    /** Which kind of block this is, for templates to switch on: "Paragraph", "ReportTable" … */
    default String kind() {
        return getClass().getSimpleName();
    }
}
