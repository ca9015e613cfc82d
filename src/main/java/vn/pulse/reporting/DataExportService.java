package vn.pulse.reporting;

import jakarta.annotation.security.RolesAllowed;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;
import vn.pulse.fieldwork.FieldworkProperties;
import vn.pulse.fieldwork.ResponseStatus;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.reporting.export.Codebook;
import vn.pulse.reporting.export.CsvSink;
import vn.pulse.reporting.export.ExportColumns;
import vn.pulse.reporting.export.ExportFilter;
import vn.pulse.reporting.export.ResponseRows;
import vn.pulse.reporting.export.RowSink;
import vn.pulse.reporting.export.SpssSyntax;
import vn.pulse.reporting.export.XlsxSink;

/**
 * Data exports for leaders and supervisors: the responses of one questionnaire version as CSV or
 * XLSX, SPSS syntax that reads the CSV, and a codebook. Responses are those of the caller's
 * area subtree, in the statuses that count in statistics unless others are asked for; the
 * respondent's identity appears only where the questionnaire itself asks for it, and neither
 * the surveyor, the location nor the device is exported.
 * <p>
 * An export is streamed: rows go from a database cursor straight into the caller's output
 * stream, so it needs the same memory for any number of responses, and there is no file to
 * archive or to leak. Before the first byte the export is written to the audit trail (in its
 * own transaction, so it stays even if the download breaks off); when it is complete, again
 * with the number of responses and the SHA-256 of what was sent.
 */
@Service
public class DataExportService {

    private final QuestionnaireService questionnaires;
    private final ResponseRows rows;
    private final FieldworkProperties fieldwork;
    private final AuditTrail audit;
    private final TransactionTemplate separately;
    private final TransactionTemplate snapshot;

    DataExportService(QuestionnaireService questionnaires, ResponseRows rows, FieldworkProperties fieldwork,
            AuditTrail audit, PlatformTransactionManager transactions) {
        this.questionnaires = questionnaires;
        this.rows = rows;
        this.fieldwork = fieldwork;
        this.audit = audit;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.snapshot = new TransactionTemplate(transactions);
        // One consistent snapshot (InnoDB repeatable read) for the whole cursor.
        this.snapshot.setReadOnly(true);
    }

    /** The statuses an export holds unless others are asked for: those that count in statistics. */
    public Set<ResponseStatus> countedStatuses() {
        return fieldwork.statisticsStatuses();
    }

    /**
     * Checks a request and resolves it: the questionnaire and version exist and apply to the
     * caller's area, and an XLSX sheet can hold the responses. Nothing is written or audited.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME})
    public PreparedExport prepare(ExportRequest request) {
        if (request == null || request.format() == null) {
            throw DomainException.invalid("format_invalid", "reporting.export.error.format", "");
        }
        FormDefinition form = request.version() == null
                ? questionnaires.currentPublished(request.questionnaireId()).orElseThrow(
                        () -> DomainException.notFound("questionnaire_not_found", "reporting.export.error.questionnaire",
                                request.questionnaireId()))
                : questionnaires.version(request.questionnaireId(), request.version());
        if (!form.isPublished()) {
            throw DomainException.notFound("questionnaire_version_not_found", "reporting.export.error.version",
                    form.version());
        }
        Set<ResponseStatus> statuses = request.statuses().isEmpty() ? fieldwork.statisticsStatuses() : request.statuses();
        ExportFilter filter = new ExportFilter(request.questionnaireId(), form.version(), statuses, CurrentUser.scope());
        long count = request.format().data() ? rows.count(filter) : 0;
        if (request.format() == ExportFormat.XLSX && count > XlsxSink.MAX_ROWS) {
            throw DomainException.invalid("export_too_large", "reporting.export.error.tooLarge", count, XlsxSink.MAX_ROWS);
        }
        String fileName = baseName(form) + request.format().suffix();
        return new PreparedExport(request.format(), fileName, new ExportColumns(form), filter, count);
    }

    /** Writes a prepared export into {@code out} (left open) and audits it. */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME})
    public ExportResult write(PreparedExport export, OutputStream out, ResponseRows.Progress progress) {
        if (!CurrentUser.scope().path().equals(export.filter().scope().path())) {
            throw DomainException.forbidden("forbidden", "reporting.export.error.scope");
        }
        String target = export.filter().questionnaireId() + " v" + export.filter().version();
        String parameters = export.format().code() + " statuses=" + statuses(export.filter().statuses());
        String area = export.filter().scope().path();
        separately.executeWithoutResult(s -> audit.record("export.started", "questionnaire", target, area, parameters));
        Hashing hashing = new Hashing(out);
        long responses;
        try {
            responses = switch (export.format()) {
                case CSV -> data(export, new CsvSink(hashing), progress);
                case XLSX -> data(export, new XlsxSink(hashing, export.columns().form().code()), progress);
                case SPSS -> text(hashing, SpssSyntax.of(export.columns(), csvName(export)));
                case CODEBOOK -> {
                    CsvSink.table(hashing, Codebook.rows(export.columns()));
                    yield 0;
                }
            };
            hashing.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExportResult result = new ExportResult(export.fileName(), responses, hashing.count, hashing.hex());
        separately.executeWithoutResult(s -> audit.record("export.completed", "questionnaire", target, area,
                parameters + " file=" + result.fileName() + " responses=" + responses + " bytes=" + result.bytes()
                        + " sha256=" + result.sha256()));
        return result;
    }

    private long data(PreparedExport export, RowSink sink, ResponseRows.Progress progress) {
        Long written = snapshot.execute(s -> rows.write(export.columns(), export.filter(), sink, progress));
        return written == null ? 0 : written;
    }

    private static long text(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        return 0;
    }

    private static String csvName(PreparedExport export) {
        return baseName(export.columns().form()) + ExportFormat.CSV.suffix();
    }

    /** "khao_sat_dich_vu_v2": the questionnaire's code and version, safe in any file system. */
    static String baseName(FormDefinition form) {
        return form.code().replaceAll("[^A-Za-z0-9_-]", "_") + "_v" + form.version();
    }

    private static String statuses(Set<ResponseStatus> statuses) {
        return String.join(",", new TreeSet<>(statuses.stream().map(s -> s.name().toLowerCase(java.util.Locale.ROOT))
                .toList()));
    }

    /** Passes bytes on while counting them and computing their SHA-256; never closes the stream it wraps. */
    private static final class Hashing extends FilterOutputStream {
        private final MessageDigest digest;
        private long count;

        Hashing(OutputStream out) {
            super(out);
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
