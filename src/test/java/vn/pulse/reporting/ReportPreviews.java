package vn.pulse.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Writes a rendered report under target/report-previews for people to look at: the PDF, and PNG
 * renders of its first pages by poppler's pdftoppm when it is installed.
 */
public final class ReportPreviews {

    private static final Path DIRECTORY = Path.of("target", "report-previews");
    private static final int PAGES = 3;

    private ReportPreviews() {
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
