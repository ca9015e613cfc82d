package vn.pulse.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Rendered reports for tests: written under target/report-previews for people to look at (the
 * PDF, and PNG renders of its first pages by poppler's pdftoppm when it is installed), and the
 * images counted.
 */
public final class ReportPreviews {

    private static final Path DIRECTORY = Path.of("target", "report-previews");
    private static final int PAGES = 3;

    private ReportPreviews() {
    }

    /** Images drawn on the document's pages (the charts). */
    public static int images(PDDocument document) throws IOException {
        int images = 0;
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
        }
        return images;
    }

    public static void write(String name, byte[] pdf) {
        try {
            Files.createDirectories(DIRECTORY);
            Path file = DIRECTORY.resolve(name + ".pdf");
            Files.write(file, pdf);
            if (Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
                Process process = new ProcessBuilder("/usr/bin/pdftoppm", "-png", "-r", "70", "-l", String.valueOf(PAGES),
                        file.toString(), DIRECTORY.resolve(name).toString()).inheritIO().start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroy();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
