package vn.pulse.opinion;

import java.time.YearMonth;
import org.springframework.stereotype.Component;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.PulseUser;

/**
 * Audit lines of opinion reports. They name the report, never its author; and what a
 * single-line collaborator does to their own reports is recorded under a pseudonym, so that
 * reading the audit trail does not tell who files which single-line report.
 */
@Component
class ReportAudit {

    static final String SINGLE_LINE_ACTOR = "ctv-don-tuyen";
    static final String TARGET = "opinion_report";
    private final AuditTrail audit;

    ReportAudit(AuditTrail audit) {
        this.audit = audit;
    }

    /** Records an action on a report in the caller's transaction. */
    void record(String action, long reportId, String areaPath, Collaborator author, String details) {
        boolean authorActs = CurrentUser.find().map(PulseUser::id).filter(id -> id == author.id()).isPresent();
        if (authorActs && author.singleLine()) {
            audit.recordAs(SINGLE_LINE_ACTOR, action, TARGET, reportId, areaPath, details);
        } else {
            audit.record(action, TARGET, reportId, areaPath, details);
        }
    }

    static String describe(ReportKind kind, YearMonth period, int streams) {
        return (kind == null ? "?" : kind.code()) + " " + period + ", " + streams + " streams";
    }
}
