package vn.pulse.reporting.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import vn.pulse.base.i18n.Messages;

/**
 * Fills the HTML templates of reports/templates (Thymeleaf, natural templates: they open in a
 * browser as they are) with a {@link ReportDocument}, available to them as {@code doc}. Style
 * sheets linked from a template are inlined, so the page is whole on its own: as a PDF and as
 * the preview in the browser.
 */
public final class ReportTemplates {

    private final TemplateEngine engine = new TemplateEngine();
    private final ReportResources resources;

    public ReportTemplates(ReportResources resources) {
        this.resources = resources;
        engine.setTemplateResolver(resources.templateResolver());
    }

    /** The filled template as one self-contained HTML page. */
    public String html(ReportDocument document) {
        return page(document).outerHtml();
    }

    Document page(ReportDocument document) {
        Context context = new Context(Messages.VIETNAMESE);
        context.setVariable("doc", document);
        Document page = Jsoup.parse(engine.process(document.template(), context), baseUri());
        for (Element link : page.select("link[rel=stylesheet][href]")) {
            link.replaceWith(new Element("style").appendChild(new DataNode(read(link.attr("href")))));
        }
        return page;
    }

    String baseUri() {
        return resources.templatesUri();
    }

    private String read(String templatePath) {
        if (templatePath.contains("..") || templatePath.contains(":")) {
            throw new IllegalArgumentException("style sheets must lie in reports/templates: " + templatePath);
        }
        try (InputStream in = resources.open("templates/" + templatePath)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
