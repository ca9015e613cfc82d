package vn.pulse.opinion.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;
import vn.pulse.opinion.OpinionReport;
import vn.pulse.opinion.OpinionReportService;
import vn.pulse.opinion.OpinionReviewService;
import vn.pulse.opinion.OpinionScale;
import vn.pulse.opinion.ReportFilter;
import vn.pulse.opinion.ReportInput;
import vn.pulse.opinion.ReportStatus;
import vn.pulse.opinion.ReportSummary;
import vn.pulse.opinion.SubmissionResult;

/** Opinion reports for offline and third-party clients: submit once per uuid, read within one's own area. */
@RestController
@RequestMapping("/api/v1/opinion-reports")
@Tag(name = "Opinion reports", description = "Báo cáo tình hình dư luận xã hội by collaborators")
class OpinionReportController {

    private final OpinionReportService reports;
    private final OpinionReviewService review;

    OpinionReportController(OpinionReportService reports, OpinionReviewService review) {
        this.reports = reports;
        this.review = review;
    }

    @PostMapping
    @Operation(summary = "Submit a report (SURVEYOR)", description = """
            One report with a client-generated uuid, kind (periodic|urgent), period (yyyy-MM), area code \
            and streams[]. Scale values are stable codes (see the OpinionScale enums, e.g. direction \
            tan_thanh|phan_doi|ban_khoan). Sending the same uuid again never creates a second report: the \
            reply is 'duplicate' with the first report's status; a returned report is 'resubmitted'. A \
            rejected report writes nothing and lists every bad field.""")
    @ApiResponse(responseCode = "201", description = "created")
    @ApiResponse(responseCode = "200", description = "duplicate or resubmitted")
    @ApiResponse(responseCode = "422", description = "rejected, with errors per field")
    ResponseEntity<OpinionDtos.SubmissionReply> submit(@RequestBody ReportInput report, Locale locale) {
        SubmissionResult result = reports.submit(report);
        HttpStatus status = switch (result.outcome()) {
            case CREATED -> HttpStatus.CREATED;
            case RESUBMITTED, DUPLICATE -> HttpStatus.OK;
            case REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return ResponseEntity.status(status).body(OpinionDtos.SubmissionReply.of(result, locale));
    }

    @GetMapping
    @Operation(summary = "Reports the caller may see", description = """
            A collaborator gets their own reports and drafts; supervisors, administrators and leaders get \
            the submitted reports of their area. Single-line collaborators appear without their name, \
            except to their handler.""")
    List<OpinionDtos.Summary> list(
            @Parameter(description = "draft|submitted|approved|returned|rejected") @RequestParam(required = false) String status,
            @Parameter(description = "Month reported on, yyyy-MM") @RequestParam(required = false) String period,
            @Parameter(description = "Area code") @RequestParam(required = false) String area,
            Locale locale) {
        ReportFilter filter = new ReportFilter(status == null ? null : OpinionScale.fromCode(ReportStatus.class, status)
                .orElseThrow(() -> badFilter(status)), parse(period), area);
        List<ReportSummary> found = CurrentUser.require().hasRole(Role.SURVEYOR)
                ? reports.myReports().stream().filter(r -> matches(r, filter)).toList()
                : review.list(filter);
        return found.stream().map(r -> OpinionDtos.Summary.of(r, locale)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One report with its streams", description = "Reading a report is recorded in the audit trail.")
    OpinionDtos.Report get(@PathVariable long id, Locale locale) {
        OpinionReport report = (CurrentUser.require().hasRole(Role.SURVEYOR)
                ? reports.myReports().stream().filter(r -> r.id() == id).findFirst().flatMap(r -> reports.mine(r.uuid()))
                : review.open(id))
                .orElseThrow(() -> DomainException.notFound("report_not_found", "opinion.error.notFound", id));
        return OpinionDtos.Report.of(report, locale);
    }

    private static boolean matches(ReportSummary r, ReportFilter filter) {
        return (filter.status() == null || r.status() == filter.status())
                && (filter.period() == null || r.period().equals(filter.period()))
                && (filter.areaCode() == null || filter.areaCode().equals(r.areaCode()));
    }

    private static YearMonth parse(String period) {
        try {
            return period == null ? null : YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            throw badFilter(period);
        }
    }

    private static DomainException badFilter(String value) {
        return DomainException.invalid("filter_invalid", "opinion.error.filter", value);
    }
}
