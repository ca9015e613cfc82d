package vn.pulse.reporting.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Liberation Serif 2 (metric-compatible with Times New Roman, SIL OFL 1.1, in reports/fonts):
 * embedded in every PDF and used for chart labels, so every Vietnamese diacritic prints the same
 * on any server, whatever fonts it has installed.
 */
public final class ReportFonts {

    /** The family name templates use in CSS. */
    public static final String FAMILY = "Liberation Serif";

    enum Face {
        REGULAR("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL, Font.PLAIN),
        BOLD("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL, Font.BOLD),
        ITALIC("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC, Font.ITALIC),
        BOLD_ITALIC("LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC, Font.BOLD | Font.ITALIC);

        final String file;
        final int weight;
        final FontStyle style;
        final int awtStyle;

        Face(String file, int weight, FontStyle style, int awtStyle) {
            this.file = file;
            this.weight = weight;
            this.style = style;
            this.awtStyle = awtStyle;
        }
    }

    private final ReportResources resources;
    private final Map<Face, Font> awt = new EnumMap<>(Face.class);

    public ReportFonts(ReportResources resources) {
        this.resources = resources;
    }

    /** Registers all four faces with a PDF renderer, embedded as subsets. */
    void register(PdfRendererBuilder builder) {
        for (Face face : Face.values()) {
            builder.useFont(() -> resources.open("fonts/" + face.file), FAMILY, face.weight, face.style, true);
        }
    }

    /** The face for drawing charts, at a size in points. */
    public synchronized Font awt(int style, float size) {
        Face face = switch (style) {
            case Font.BOLD -> Face.BOLD;
            case Font.ITALIC -> Face.ITALIC;
            case Font.BOLD | Font.ITALIC -> Face.BOLD_ITALIC;
            default -> Face.REGULAR;
        };
        return awt.computeIfAbsent(face, this::load).deriveFont(size);
    }

    private Font load(Face face) {
        try (InputStream in = resources.open("fonts/" + face.file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("not a TrueType font: " + face.file, e);
        }
    }
}
