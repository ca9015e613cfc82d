package vn.pulse.reporting.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.pulse.base.DomainException;
import vn.pulse.base.i18n.Messages;
import vn.pulse.reporting.ArchivedReport;
import vn.pulse.reporting.Letterhead;
import vn.pulse.reporting.ReportKind;
import vn.pulse.reporting.ReportRequest;
import vn.pulse.reporting.ReportRun;
import vn.pulse.reporting.Secrecy;

/** JSON shapes of /api/v1/reports; scale values travel as their stable codes. */
final class ReportDtos {

    private ReportDtos() {
    }

    @Schema(description = "What to write. Codes: kind opinion_periodic | opinion_quick | survey_results; secrecy none | mat | toi_mat | tuyet_mat.")
    record GenerateRequest(
            @Schema(example = "opinion_periodic") String kind,
            @Schema(example = "08", description = "Area code, inside the caller's area") String area,
            @Schema(example = "2026-10", description = "yyyy-MM, yyyy-Qn or yyyy for a periodic report; "
                    + "yyyy-MM-dd..yyyy-MM-dd (at most 92 days) for a quick report") String period,
            @Schema(example = "gia_ca", description = "Topic code, for a quick report") String topic,
            @Schema(description = "Issuing body, signer and recipients; omitted: the area's proposal") Letterhead letterhead,
            @Schema(example = "none") String secrecy,
            @Schema(description = "Usernames who, besides the area's leaders, may read a classified report") List<String> readers,
            @Schema(description = "Client-chosen key: sending the same key again returns the first run") String requestKey,
            @Schema(example = "12", description = "Questionnaire id, for a survey results report") Long questionnaire,
            @Schema(example = "2026-04", description = "Earlier wave a survey results report compares with "
                    + "(a period code ending before period); omitted: no comparison") String baseline) {

        ReportRequest toRequest() {
            ReportKind reportKind = kind == null ? null : ReportKind.fromCode(kind)
                    .orElseThrow(() -> DomainException.invalid("kind_invalid", "reporting.error.kind"));
            Secrecy mark = secrecy == null ? null : Secrecy.fromCode(secrecy)
                    .orElseThrow(() -> DomainException.invalid("secrecy_invalid", "reporting.error.secrecy", secrecy));
            return new ReportRequest(reportKind, area, period, topic, letterhead, mark, readers, requestKey, questionnaire,
                    baseline);
        }
    }

    record Run(long id, String kind, String area, String period, String status, int progress, String stage,
            Long documentId, String document, Problem error, Instant createdAt, Instant finishedAt) {

        static Run of(ReportRun run, Locale locale) {
            Problem error = run.errorCode() == null ? null
                    : new Problem(run.errorCode(), Messages.get(run.errorKey(), locale, (Object[]) run.errorArgs()));
            return new Run(run.id(), run.kind().code(), run.areaCode(), run.periodCode(), run.status().code(),
                    run.progress(), run.stage() == null ? null : Messages.get(run.stage(), locale), run.documentId(),
                    run.documentId() == null ? null : "/api/v1/reports/" + run.documentId(), error, run.createdAt(),
                    run.finishedAt());
        }
    }

    record Problem(String code, String detail) {
    }

    record File(String format, long size, String sha256, String href) {
    }

    record Report(long id, String kind, String area, String areaName, String period, String title, String number,
            LocalDate issuedOn, String secrecy, String author, String authorName, Instant createdAt, List<File> files) {

        static Report of(ArchivedReport r) {
            return new Report(r.id(), r.kind().code(), r.areaCode(), r.areaName(), r.periodCode(), r.title(), r.number(),
                    r.issuedOn(), r.secrecy().code(), r.author(), r.authorName(), r.createdAt(),
                    r.files().stream().map(f -> new File(f.format().extension(), f.size(), f.sha256(),
                            "/api/v1/reports/" + r.id() + "/files/" + f.format().extension())).toList());
        }
    }
}
