package vn.pulse.reporting.document;

/**
 * A chart drawn on the server, as a PNG.
 *
 * @param widthCm  the width it is printed at; its height follows the image's proportions
 * @param caption  the line under it (what is drawn, the interval's method)
 */
public record Chart(String title, byte[] png, double widthCm, String caption) implements Block {

    public Chart {
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    /** The image as a data: URI for HTML templates. */
    public String dataUri() {
        return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png);
    }
}
