package vn.pulse.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pulse.base.DomainException;
import vn.pulse.fieldwork.ResponseStatus;
import vn.pulse.reporting.DataExportService;
import vn.pulse.reporting.ExportFormat;
import vn.pulse.reporting.ExportRequest;
import vn.pulse.reporting.PreparedExport;
import vn.pulse.reporting.export.ResponseRows;

/**
 * Data exports of a questionnaire version's responses. An export is streamed as it is read from
 * the database (constant memory, nothing stored on the server); POST checks a request first and
 * tells what the download will hold.
 */
@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "Exports", description = "Responses of a questionnaire version as CSV, XLSX, SPSS syntax and codebook")
class ExportController {

    private final DataExportService exports;

    ExportController(DataExportService exports) {
        this.exports = exports;
    }

    @Schema(description = "What to export. format csv | xlsx | sps | codebook; statuses submitted | approved | "
            + "returned | rejected (omitted: those that count in statistics).")
    record StartRequest(@Schema(example = "12") Long questionnaire, @Schema(example = "1") Integer version,
            @Schema(example = "csv") String format, List<String> statuses) {
    }

    record Started(long questionnaire, int version, String format, String fileName, long responses, List<String> statuses,
            String href) {
    }

    @PostMapping
    @Operation(summary = "Check an export and get its download address (LEADER, SUPERVISOR)", description = """
            Checks the request at once (404 for a questionnaire or version the caller cannot see, 422 for a bad \
            format or status, or more responses than an XLSX sheet holds) and answers with the number of \
            responses in the caller's area and the address that streams the file. Nothing is stored.""")
    @ApiResponse(responseCode = "200", description = "the export can be downloaded at href")
    Started start(@RequestBody StartRequest request) {
        if (request == null || request.questionnaire() == null) {
            throw DomainException.invalid("questionnaire_required", "reporting.export.error.questionnaireRequired");
        }
        ExportFormat format = format(request.format());
        Set<ResponseStatus> statuses = statuses(request.statuses());
        PreparedExport export = exports.prepare(new ExportRequest(request.questionnaire(), request.version(), format,
                statuses));
        int version = export.filter().version();
        String href = "/api/v1/exports/" + request.questionnaire() + "/" + format.code() + "?version=" + version
                + export.filter().statuses().stream().map(s -> "&status=" + s.name().toLowerCase(Locale.ROOT)).sorted()
                        .reduce("", String::concat);
        return new Started(request.questionnaire(), version, format.code(), export.fileName(), export.responses(),
                export.filter().statuses().stream().map(s -> s.name().toLowerCase(Locale.ROOT)).sorted().toList(), href);
    }

    @GetMapping("/{questionnaire}/{format}")
    @Operation(summary = "Download an export, streamed (LEADER, SUPERVISOR; audited)", description = """
            format csv | xlsx | sps | codebook. One row per response of the caller's area subtree, one column \
            per variable (0/1 columns per option of a multiple-choice question, one column per matrix item). \
            X-Export-Responses tells how many responses are being sent. The audit trail records the export \
            before the first byte and, when complete, its number of responses and SHA-256.""")
    void download(@PathVariable long questionnaire, @PathVariable String format,
            @Parameter(description = "version number; omitted: the current published one") @RequestParam(required = false) Integer version,
            @Parameter(description = "statuses to include (repeatable); omitted: those that count in statistics")
            @RequestParam(name = "status", required = false) List<String> status,
            HttpServletResponse response) throws IOException {
        PreparedExport export = exports.prepare(new ExportRequest(questionnaire, version, format(format),
                statuses(status)));
        response.setContentType(export.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(export.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Export-Responses", String.valueOf(export.responses()));
        exports.write(export, response.getOutputStream(), ResponseRows.Progress.NONE);
        response.flushBuffer();
    }

    private static ExportFormat format(String code) {
        return ExportFormat.fromCode(code)
                .orElseThrow(() -> DomainException.invalid("format_invalid", "reporting.export.error.format", code));
    }

    private static Set<ResponseStatus> statuses(List<String> codes) {
        Set<ResponseStatus> statuses = EnumSet.noneOf(ResponseStatus.class);
        for (String code : codes == null ? List.<String>of() : codes) {
            try {
                statuses.add(ResponseStatus.valueOf(code.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("status_invalid", "reporting.export.error.status", code);
            }
        }
        return statuses;
    }
}
