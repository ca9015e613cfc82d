package vn.pulse.reporting;

import static vn.pulse.jooq.Tables.AREA;
import static vn.pulse.jooq.Tables.REPORT_SCHEDULE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.pulse.base.security.AreaScope;

/** SQL of report schedules. */
@Repository
class ScheduleRepository {

    private final DSLContext db;
    private final JsonMapper json;
    private final RunRepository runs;

    ScheduleRepository(DSLContext db, JsonMapper json, RunRepository runs) {
        this.db = db;
        this.json = json;
        this.runs = runs;
    }

    List<ReportSchedule> inScope(AreaScope scope) {
        Condition inScope = scope.isNational() ? DSL.trueCondition() : AREA.PATH.like(scope.likePattern());
        return select().where(inScope).orderBy(AREA.PATH, REPORT_SCHEDULE.ID).fetch(this::toSchedule);
    }

    List<ReportSchedule> active() {
        return select().where(REPORT_SCHEDULE.ACTIVE.isTrue()).orderBy(REPORT_SCHEDULE.ID).fetch(this::toSchedule);
    }

    Optional<ReportSchedule> find(long id) {
        return select().where(REPORT_SCHEDULE.ID.eq(id)).fetchOptional(this::toSchedule);
    }

    Optional<Long> findId(ReportKind kind, long areaId, PeriodType cadence) {
        return db.select(REPORT_SCHEDULE.ID).from(REPORT_SCHEDULE)
                .where(REPORT_SCHEDULE.KIND.eq(kind.code()).and(REPORT_SCHEDULE.AREA_ID.eq(areaId))
                        .and(REPORT_SCHEDULE.CADENCE.eq(cadence.code())))
                .fetchOptional(REPORT_SCHEDULE.ID);
    }

    long insert(ScheduleDraft d, long areaId, ScheduleSettings settings, String by, Instant now) {
        return db.insertInto(REPORT_SCHEDULE)
                .set(REPORT_SCHEDULE.KIND, d.kind().code()).set(REPORT_SCHEDULE.AREA_ID, areaId)
                .set(REPORT_SCHEDULE.CADENCE, d.cadence().code()).set(REPORT_SCHEDULE.DAY_OF_MONTH, d.dayOfMonth())
                .set(REPORT_SCHEDULE.RUN_HOUR, d.hour()).set(REPORT_SCHEDULE.RUN_MINUTE, d.minute())
                .set(REPORT_SCHEDULE.SETTINGS, json.writeValueAsString(settings))
                .set(REPORT_SCHEDULE.CREATED_BY, by).set(REPORT_SCHEDULE.CREATED_AT, now)
                .set(REPORT_SCHEDULE.UPDATED_AT, now)
                .returningResult(REPORT_SCHEDULE.ID).fetchOne(REPORT_SCHEDULE.ID);
    }

    void update(long id, ScheduleDraft d, ScheduleSettings settings, Instant now) {
        db.update(REPORT_SCHEDULE)
                .set(REPORT_SCHEDULE.DAY_OF_MONTH, d.dayOfMonth()).set(REPORT_SCHEDULE.RUN_HOUR, d.hour())
                .set(REPORT_SCHEDULE.RUN_MINUTE, d.minute())
                .set(REPORT_SCHEDULE.SETTINGS, json.writeValueAsString(settings))
                .set(REPORT_SCHEDULE.UPDATED_AT, now)
                .where(REPORT_SCHEDULE.ID.eq(id)).execute();
    }

    void setActive(long id, boolean active, Instant now) {
        db.update(REPORT_SCHEDULE).set(REPORT_SCHEDULE.ACTIVE, active).set(REPORT_SCHEDULE.UPDATED_AT, now)
                .where(REPORT_SCHEDULE.ID.eq(id)).execute();
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(REPORT_SCHEDULE.fields()).select(AREA.CODE, AREA.NAME, AREA.PATH)
                .from(REPORT_SCHEDULE).join(AREA).on(AREA.ID.eq(REPORT_SCHEDULE.AREA_ID));
    }

    private ReportSchedule toSchedule(Record r) {
        ScheduleSettings settings = json.readValue(r.get(REPORT_SCHEDULE.SETTINGS), ScheduleSettings.class);
        long id = r.get(REPORT_SCHEDULE.ID);
        return new ReportSchedule(id, ReportKind.fromCode(r.get(REPORT_SCHEDULE.KIND)).orElseThrow(),
                r.get(AREA.CODE), r.get(AREA.NAME), r.get(AREA.PATH),
                PeriodType.fromCode(r.get(REPORT_SCHEDULE.CADENCE)).orElseThrow(), r.get(REPORT_SCHEDULE.DAY_OF_MONTH),
                r.get(REPORT_SCHEDULE.RUN_HOUR), r.get(REPORT_SCHEDULE.RUN_MINUTE), settings.letterhead(),
                settings.secrecy() == null ? Secrecy.NONE : settings.secrecy(), settings.readers(),
                r.get(REPORT_SCHEDULE.ACTIVE), r.get(REPORT_SCHEDULE.CREATED_BY), r.get(REPORT_SCHEDULE.CREATED_AT),
                runs.ofSchedule(id, 1).stream().findFirst().orElse(null));
    }
}
