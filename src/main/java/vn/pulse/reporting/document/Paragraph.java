package vn.pulse.reporting.document;

/**
 * A paragraph of running text.
 *
 * @param lead words set in bold before the text (a stream's topic, "Dự báo:"); may be null
 * @param note whether it is a note on method or data (set smaller, in italics)
 */
public record Paragraph(String lead, String text, boolean note) implements Block {

    public static Paragraph of(String text) {
        return new Paragraph(null, text, false);
    }

    public static Paragraph led(String lead, String text) {
        return new Paragraph(lead, text, false);
    }

    public static Paragraph note(String text) {
        return new Paragraph(null, text, true);
    }
}
