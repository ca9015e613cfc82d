package vn.pulse.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pulse.base.DomainException;
import vn.pulse.reporting.ReportFile;
import vn.pulse.reporting.ReportFormat;
import vn.pulse.reporting.ReportRun;
import vn.pulse.reporting.ReportService;

/** Trend reports for leaders and supervisors: list the archive, generate, follow a run, download. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Periodic and quick public-opinion reports as Party documents (PDF, XLSX, DOCX)")
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "Archived reports the caller may read (LEADER, SUPERVISOR)", description = """
            Newest first, at most 300. Only reports of the caller's area subtree; a classified report only \
            to the area's leaders, its author and its distribution list. Each file carries its SHA-256.""")
    List<ReportDtos.Report> list() {
        return reports.archive().stream().map(ReportDtos.Report::of).toList();
    }

    @PostMapping
    @Operation(summary = "Write a report (LEADER, SUPERVISOR)", description = """
            Always asynchronous: the request is checked at once (422 with a stable code for a bad kind, area, \
            period, topic, letterhead or reader) and a run is started; the reply is 202 with the run and a \
            Location to poll. When the run is done it names the archived document. Sending the same \
            requestKey again returns the first run instead of starting another.""")
    @ApiResponse(responseCode = "202", description = "run started (or the run of an earlier request with the same key)")
    @ApiResponse(responseCode = "422", description = "invalid request; nothing was started")
    ResponseEntity<ReportDtos.Run> generate(@RequestBody ReportDtos.GenerateRequest request, Locale locale) {
        ReportRun run = reports.generate(request.toRequest());
        return ResponseEntity.accepted().location(URI.create("/api/v1/reports/runs/" + run.id()))
                .body(ReportDtos.Run.of(run, locale));
    }

    @GetMapping("/runs/{id}")
    @Operation(summary = "How far a run the caller started has got", description = """
            status queued | running | done | failed, progress 0–100 and the step under way; when done, the \
            archived document's id and address; when failed, a problem with a stable code.""")
    ReportDtos.Run run(@PathVariable long id, Locale locale) {
        return reports.run(id).map(r -> ReportDtos.Run.of(r, locale))
                .orElseThrow(() -> DomainException.notFound("run_not_found", "reporting.error.runNotFound", id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One archived report's description, with its files and their SHA-256")
    ReportDtos.Report get(@PathVariable long id) {
        return reports.find(id).map(ReportDtos.Report::of)
                .orElseThrow(() -> DomainException.notFound("report_not_found", "reporting.error.notFound", id));
    }

    @GetMapping("/{id}/files/{format}")
    @Operation(summary = "Download a file of an archived report (audited)", description = """
            format pdf | xlsx | docx. The reply carries the file's SHA-256 (hex) in X-Content-SHA256. \
            Every download is recorded in the audit trail.""")
    ResponseEntity<byte[]> download(@PathVariable long id,
            @Parameter(description = "pdf | xlsx | docx") @PathVariable String format) {
        ReportFormat chosen = ReportFormat.fromExtension(format)
                .orElseThrow(() -> DomainException.invalid("format_invalid", "reporting.error.format", format));
        ReportFile file = reports.download(id, chosen);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(chosen.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", file.sha256())
                .body(file.content());
    }
}
