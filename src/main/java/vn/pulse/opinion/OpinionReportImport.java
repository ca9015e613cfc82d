package vn.pulse.opinion;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;

/**
 * Files reports on behalf of a collaborator at a given time, through the same validation and
 * the same once-per-uuid rule as the phone and the API: for the demo-data generator and imports
 * of reports first written elsewhere. Administrators only, inside their own area.
 */
@Service
public class OpinionReportImport {

    private static final Set<ReportStatus> ALLOWED = Set.of(ReportStatus.SUBMITTED, ReportStatus.APPROVED);

    private final CollaboratorRepository collaborators;
    private final ReportSubmission submission;
    private final Clock clock;

    OpinionReportImport(CollaboratorRepository collaborators, ReportSubmission submission, Clock clock) {
        this.collaborators = collaborators;
        this.submission = submission;
        this.clock = clock;
    }

    /**
     * Files {@code input} as written by the collaborator {@code collaboratorUsername}, first
     * submitted at {@code submittedAt} (not in the future), and left {@code submitted} or {@code approved}.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public SubmissionResult createAs(String collaboratorUsername, ReportInput input, Instant submittedAt,
            ReportStatus status) {
        Collaborator author = collaborators.findByUsername(collaboratorUsername)
                .filter(c -> Role.SURVEYOR.name().equals(c.role()))
                .filter(c -> c.areaPath() == null ? CurrentUser.scope().isNational() : CurrentUser.scope().covers(c.areaPath()))
                .orElseThrow(() -> DomainException.notFound("collaborator_not_found", "opinion.error.collaborator",
                        collaboratorUsername));
        if (!ALLOWED.contains(status)) {
            throw DomainException.invalid("import_status_invalid", "opinion.error.importStatus");
        }
        if (submittedAt == null || submittedAt.isAfter(Instant.now(clock))) {
            throw DomainException.invalid("submitted_at_invalid", "opinion.error.submittedAt");
        }
        return submission.submit(author, input, submittedAt, status, "opinion_report.imported");
    }
}
