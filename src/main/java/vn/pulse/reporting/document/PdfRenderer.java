package vn.pulse.reporting.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.helper.W3CDom;

/**
 * A report as an A4 PDF: the template's HTML, read leniently (jsoup, so an edited template need
 * not be strict XHTML), laid out by openhtmltopdf with the fonts embedded.
 */
public final class PdfRenderer {

    private final ReportTemplates templates;
    private final ReportFonts fonts;

    public PdfRenderer(ReportTemplates templates, ReportFonts fonts) {
        this.templates = templates;
        this.fonts = fonts;
    }

    public byte[] render(ReportDocument document) {
        String baseUri = templates.baseUri();
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(templates.page(document));
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useUnicodeLineBreaker(new LineBreaks());
        fonts.register(builder);
        builder.withW3cDocument(dom, baseUri);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
