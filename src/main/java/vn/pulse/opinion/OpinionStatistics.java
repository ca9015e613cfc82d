package vn.pulse.opinion;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pulse.area.Area;
import vn.pulse.area.AreaService;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.AreaScope;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;

/**
 * What opinion reports add up to, for the analytics module: streams per topic × direction ×
 * ISO week × area, with their negative share. Only reports in the statuses of
 * pulse.opinion.statistics-statuses count (default approved, and submitted-not-yet-reviewed,
 * which each row counts separately so outputs can flag them).
 */
@Service
public class OpinionStatistics {

    /** Longer ranges belong in pre-aggregated rollups, not one query. */
    static final long MAX_DAYS = 3 * 366;

    private final ReportQueries queries;
    private final AreaService areas;
    private final OpinionProperties properties;

    OpinionStatistics(ReportQueries queries, AreaService areas, OpinionProperties properties) {
        this.queries = queries;
        this.areas = areas;
        this.properties = properties;
    }

    /**
     * Stream counts of reports first submitted from {@code from} to {@code to} (inclusive, local dates)
     * in the area {@code areaCode} (with everything below it), or the caller's whole area when {@code null}.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public StreamCounts streamCounts(String areaCode, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw DomainException.invalid("date_range_invalid", "opinion.error.dateRange", MAX_DAYS);
        }
        AreaScope scope = CurrentUser.scope();
        if (areaCode != null) {
            Area area = areas.find(areaCode).orElseThrow(
                    () -> DomainException.notFound("area_unknown", "opinion.error.area", areaCode));
            scope = new AreaScope(area.path());
        }
        return new StreamCounts(scope.path(), from, to, properties.statisticsStatuses(),
                queries.streamCounts(scope, from, to, properties.statisticsStatuses()));
    }
}
