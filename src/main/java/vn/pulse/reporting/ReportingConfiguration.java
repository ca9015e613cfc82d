package vn.pulse.reporting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.pulse.reporting.document.DocxWriter;
import vn.pulse.reporting.document.PdfRenderer;
import vn.pulse.reporting.document.ReportFonts;
import vn.pulse.reporting.document.ReportResources;
import vn.pulse.reporting.document.ReportTemplates;
import vn.pulse.reporting.document.TrendChartPainter;
import vn.pulse.reporting.document.XlsxWriter;

/** The document renderers (plain Java in reporting.document), wired to the configured resources. */
@Configuration
class ReportingConfiguration {

    @Bean
    ReportResources reportResources(ReportingProperties properties) {
        return properties.resources() == null ? ReportResources.bundled() : ReportResources.folder(properties.resources());
    }

    @Bean
    ReportFonts reportFonts(ReportResources resources) {
        return new ReportFonts(resources);
    }

    @Bean
    ReportTemplates reportTemplates(ReportResources resources) {
        return new ReportTemplates(resources);
    }

    @Bean
    PdfRenderer pdfRenderer(ReportTemplates templates, ReportFonts fonts) {
        return new PdfRenderer(templates, fonts);
    }

    @Bean
    XlsxWriter xlsxWriter() {
        return new XlsxWriter();
    }

    @Bean
    DocxWriter docxWriter() {
        return new DocxWriter();
    }

    @Bean
    TrendChartPainter trendChartPainter(ReportFonts fonts) {
        return new TrendChartPainter(fonts);
    }
}
