package vn.pulse.opinion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pulse.base.PulseProperties;
import vn.pulse.opinion.ReportRepository.Header;
import vn.pulse.opinion.SubmissionResult.Outcome;

/**
 * Submits a report exactly once per uuid, whoever sends it and however often: the author's
 * account row is locked for the transaction, a uuid already submitted answers "duplicate" with
 * the report's status, and a returned report (or a draft) with that uuid is submitted again.
 * A rejected submission writes nothing.
 */
@Component
class ReportSubmission {

    private static final int ATTEMPTS = 3;

    private final ReportRepository reports;
    private final CollaboratorRepository collaborators;
    private final ReportValidator validator;
    private final DeadlineRules deadlines;
    private final ReportAudit audit;
    private final PulseProperties pulse;
    private final TransactionTemplate transaction;

    ReportSubmission(ReportRepository reports, CollaboratorRepository collaborators, ReportValidator validator,
            DeadlineRules deadlines, ReportAudit audit, PulseProperties pulse, TransactionTemplate transaction) {
        this.reports = reports;
        this.collaborators = collaborators;
        this.validator = validator;
        this.deadlines = deadlines;
        this.audit = audit;
        this.pulse = pulse;
        this.transaction = transaction;
    }

    /**
     * Submits {@code input} as {@code author} at {@code at}, leaving it in {@code status}
     * (submitted, or approved for demo data). Retries when a concurrent submission won a race.
     */
    SubmissionResult submit(Collaborator author, ReportInput input, Instant at, ReportStatus status, String action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(tx -> submitOnce(author, input, at, status, action));
            } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private SubmissionResult submitOnce(Collaborator author, ReportInput input, Instant at, ReportStatus status,
            String action) {
        collaborators.lock(author.id());
        ReportValidator.Validated validated = validator.forSubmission(input, author);
        ValidReport report = validated.report();
        String uuid = report.uuid() == null ? input.uuid() : report.uuid();
        Optional<Header> existing = report.uuid() == null ? Optional.empty() : reports.findHeader(report.uuid(), true);
        if (existing.isPresent() && existing.get().authorId() != author.id()) {
            return SubmissionResult.rejected(uuid, null, null, List.of(FieldError.of("uuid", "uuid_taken")));
        }
        if (existing.isPresent() && !existing.get().status().editable()) {
            Header first = existing.get();
            return new SubmissionResult(uuid, Outcome.DUPLICATE, first.id(), first.status(), List.of());
        }
        List<FieldError> errors = new ArrayList<>(validated.errors());
        if (report.kind() == ReportKind.PERIODIC && report.period() != null && report.uuid() != null
                && reports.otherPeriodicReport(author.id(), report.period(), report.uuid()).isPresent()) {
            errors.add(FieldError.of("period", "period_already_reported", report.period().toString()));
        }
        if (!errors.isEmpty()) {
            return SubmissionResult.rejected(uuid, existing.map(Header::id).orElse(null),
                    existing.map(Header::status).orElse(null), errors);
        }
        return store(author, report, existing, at, status, action);
    }

    private SubmissionResult store(Collaborator author, ValidReport report, Optional<Header> existing, Instant at,
            ReportStatus status, String action) {
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            reports.updateContent(id, report, at);
        } else {
            id = reports.insert(report, author.id(), ReportStatus.DRAFT, at);
        }
        Instant first = existing.map(Header::firstSubmittedAt).orElse(null);
        first = first == null ? at : first;
        LocalDate dueOn = existing.map(Header::dueOn).orElse(null);
        if (dueOn == null && report.kind() == ReportKind.PERIODIC) {
            dueOn = deadlines.periodFor(report.period(), author.areaPath()).dueOn();
        }
        reports.markSubmitted(id, status, first, at, LocalDate.ofInstant(first, pulse.timeZone()), dueOn);
        boolean again = existing.isPresent() && existing.get().status() == ReportStatus.RETURNED;
        audit.record(again ? "opinion_report.resubmitted" : action, id, report.area().path(), author,
                ReportAudit.describe(report.kind(), report.period(), report.streams().size()));
        return new SubmissionResult(report.uuid(), again ? Outcome.RESUBMITTED : Outcome.CREATED, id, status,
                List.of());
    }
}
