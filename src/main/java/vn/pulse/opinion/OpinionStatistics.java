package vn.pulse.opinion;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pulse.area.Area;
import vn.pulse.area.AreaService;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.AreaScope;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;

/**
 * What opinion reports add up to, for the analytics and reporting modules: streams per topic ×
 * direction × ISO week × area, with their negative share, and the streams themselves without
 * their authors. Only reports in the statuses of
 * pulse.opinion.statistics-statuses count (default approved, and submitted-not-yet-reviewed,
 * which each row counts separately so outputs can flag them).
 */
@Service
public class OpinionStatistics {

    /** Longer ranges belong in pre-aggregated rollups, not one query. */
    static final long MAX_DAYS = 3 * 366;
    /** A report quotes streams; more than this in one area and period belongs in an export. */
    static final int MAX_STREAMS = 100_000;

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
        AreaScope scope = scopeOf(areaCode, from, to);
        return new StreamCounts(scope.path(), from, to, properties.statisticsStatuses(),
                queries.streamCounts(scope, from, to, properties.statisticsStatuses()));
    }

    /**
     * Every stream behind {@link #streamCounts} (same reports, dates and area), with what it says:
     * direction, intensity, breadth, holders, places, moods, summary and proposals, for trend reports
     * that quote and cross-tabulate them. Authors are never included. At most {@link #MAX_STREAMS}.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public List<ReportedStream> streams(String areaCode, LocalDate from, LocalDate to) {
        AreaScope scope = scopeOf(areaCode, from, to);
        if (queries.countStreams(scope, from, to, properties.statisticsStatuses()) > MAX_STREAMS) {
            throw DomainException.invalid("too_many_streams", "opinion.error.tooManyStreams", MAX_STREAMS);
        }
        return queries.reportedStreams(scope, from, to, properties.statisticsStatuses());
    }

    private AreaScope scopeOf(String areaCode, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw DomainException.invalid("date_range_invalid", "opinion.error.dateRange", MAX_DAYS);
        }
        if (areaCode == null) {
            return CurrentUser.scope();
        }
        Area area = areas.find(areaCode).orElseThrow(
                () -> DomainException.notFound("area_unknown", "opinion.error.area", areaCode));
        return new AreaScope(area.path());
    }
}
