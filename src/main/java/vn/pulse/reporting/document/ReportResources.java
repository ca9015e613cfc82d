package vn.pulse.reporting.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Where templates, fonts and images are read: the {@code reports/} folder copied into the jar,
 * or a folder on disk (pulse.reporting.resources), read afresh on every render so that someone
 * editing a template sees the change at the next preview without a rebuild.
 */
public final class ReportResources {

    private static final String BUNDLED = "reports/";
    private final Path folder;

    private ReportResources(Path folder) {
        this.folder = folder;
    }

    /** The templates, fonts and images built into the application. */
    public static ReportResources bundled() {
        return new ReportResources(null);
    }

    /** A folder laid out like reports/ (templates/, fonts/, images/). */
    public static ReportResources folder(Path folder) {
        if (!Files.isDirectory(folder.resolve("templates"))) {
            throw new IllegalArgumentException("no templates/ folder in " + folder.toAbsolutePath());
        }
        return new ReportResources(folder);
    }

    /** Opens a file by its path inside reports/, e.g. {@code fonts/LiberationSerif-Regular.ttf}. */
    public InputStream open(String path) {
        try {
            if (folder != null) {
                return Files.newInputStream(folder.resolve(path));
            }
            InputStream in = ReportResources.class.getClassLoader().getResourceAsStream(BUNDLED + path);
            if (in == null) {
                throw new IOException("missing report resource " + BUNDLED + path);
            }
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address relative links of templates (images, style sheets) are resolved against. */
    public String templatesUri() {
        if (folder != null) {
            return folder.resolve("templates").toUri().toString();
        }
        URL url = ReportResources.class.getClassLoader().getResource(BUNDLED + "templates/");
        if (url == null) {
            throw new IllegalStateException("report templates missing from the class path");
        }
        return url.toString();
    }

    AbstractConfigurableTemplateResolver templateResolver() {
        AbstractConfigurableTemplateResolver resolver;
        if (folder != null) {
            resolver = new FileTemplateResolver();
            resolver.setPrefix(folder.resolve("templates").toAbsolutePath() + "/");
            resolver.setCacheable(false);
        } else {
            resolver = new ClassLoaderTemplateResolver(ReportResources.class.getClassLoader());
            resolver.setPrefix(BUNDLED + "templates/");
            resolver.setCacheable(true);
        }
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return resolver;
    }
}
