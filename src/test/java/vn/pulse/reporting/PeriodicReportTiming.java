package vn.pulse.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import vn.pulse.base.i18n.Messages;
import vn.pulse.base.security.SystemUser;
import vn.pulse.reporting.document.PdfRenderer;
import vn.pulse.reporting.document.ReportDocument;
import vn.pulse.support.Percentile;

/**
 * For the benchmark (not a test): times the monthly periodic report of a province as PDF, the
 * way a scheduled run makes it, as the system user: the request resolved and checked
 * ({@link SpecResolver}), the body built from opinion reports and the surveys' rollups, the
 * document framed and rendered to PDF. The archive, XLSX and DOCX are left out: the target is the
 * PDF a leader waits for. One warm-up, then {@code repeats} timed runs.
 */
public final class PeriodicReportTiming {

    private PeriodicReportTiming() {
    }

    /**
     * @return repeats, p50Ms, p95Ms, maxMs (nearest rank over the timed runs), pdfBytes and
     *         surveySheets (the survey tables the report holds, to tell that the surveys were read)
     */
    public static Map<String, Object> measure(ApplicationContext context, String provinceCode, YearMonth month,
            int repeats) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1: " + repeats);
        }
        SpecResolver resolver = context.getBean(SpecResolver.class);
        ReportRunner runner = context.getBean(ReportRunner.class);
        PdfRenderer pdf = context.getBean(PdfRenderer.class);
        ReportRequest request = new ReportRequest(ReportKind.OPINION_PERIODIC, provinceCode, month.toString(), null,
                null, Secrecy.NONE, List.of(), null);
        return SystemUser.call(() -> {
            ReportDocument document = runner.preview(resolver.resolve(request));
            byte[] file = pdf.render(document);
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < repeats; i++) {
                long started = System.nanoTime();
                file = pdf.render(runner.preview(resolver.resolve(request)));
                millis.add((System.nanoTime() - started) / 1_000_000);
            }
            millis.sort(null);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("repeats", repeats);
            result.put("p50Ms", Percentile.nearestRank(millis, 0.50));
            result.put("p95Ms", Percentile.nearestRank(millis, 0.95));
            result.put("maxMs", millis.getLast());
            result.put("pdfBytes", file.length);
            String surveySheet = Messages.get("reporting.doc.survey.sheet", Messages.VIETNAMESE, "").strip();
            result.put("surveySheets", document.tables().stream().filter(t -> t.sheet().startsWith(surveySheet)).count());
            return result;
        });
    }
}
