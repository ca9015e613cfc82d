package vn.pulse.reporting;

import static vn.pulse.jooq.Tables.AREA;
import static vn.pulse.jooq.Tables.REPORT_RUN;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** SQL of report runs: start, claim, progress, finish, read. */
@Repository
class RunRepository {

    private final DSLContext db;
    private final JsonMapper json;

    RunRepository(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** What a new run records. */
    record NewRun(ReportKind kind, long areaId, String periodCode, ReportRequest request, String requestedBy,
            Long requesterId, Long scheduleId) {
    }

    long insert(NewRun run, Instant now) {
        return db.insertInto(REPORT_RUN)
                .set(values(run, now))
                .returningResult(REPORT_RUN.ID)
                .fetchOne(REPORT_RUN.ID);
    }

    /**
     * Claims a scheduled run: inserts it unless its (schedule, period) exists. Of several
     * instances trying at once, exactly one gets the row; the others get nothing.
     */
    Optional<Long> claim(NewRun run, Instant now) {
        int inserted = db.insertInto(REPORT_RUN).set(values(run, now)).onDuplicateKeyIgnore().execute();
        if (inserted == 0) {
            return Optional.empty();
        }
        return findScheduled(run.scheduleId(), run.periodCode());
    }

    /**
     * Takes over a scheduled run whose instance went silent before {@code staleBefore}. The
     * update is conditional, so of several instances one wins.
     */
    Optional<Long> reclaim(long scheduleId, String periodCode, Instant staleBefore, Instant now) {
        Condition stale = REPORT_RUN.SCHEDULE_ID.eq(scheduleId).and(REPORT_RUN.PERIOD_CODE.eq(periodCode))
                .and(REPORT_RUN.STATUS.in(RunStatus.QUEUED.code(), RunStatus.RUNNING.code()))
                .and(REPORT_RUN.UPDATED_AT.lt(staleBefore));
        int taken = db.update(REPORT_RUN).set(REPORT_RUN.STATUS, RunStatus.QUEUED.code()).set(REPORT_RUN.PROGRESS, 0)
                .set(REPORT_RUN.UPDATED_AT, now).where(stale).execute();
        return taken == 1 ? findScheduled(scheduleId, periodCode) : Optional.empty();
    }

    void progress(long id, int percent, String stage, Instant now) {
        db.update(REPORT_RUN).set(REPORT_RUN.STATUS, RunStatus.RUNNING.code()).set(REPORT_RUN.PROGRESS, percent)
                .set(REPORT_RUN.STAGE, stage).set(REPORT_RUN.UPDATED_AT, now)
                .where(REPORT_RUN.ID.eq(id)).execute();
    }

    void finish(long id, long documentId, Instant now) {
        db.update(REPORT_RUN).set(REPORT_RUN.STATUS, RunStatus.DONE.code()).set(REPORT_RUN.PROGRESS, 100)
                .set(REPORT_RUN.STAGE, "reporting.stage.done").set(REPORT_RUN.DOCUMENT_ID, documentId)
                .set(REPORT_RUN.UPDATED_AT, now).set(REPORT_RUN.FINISHED_AT, now)
                .where(REPORT_RUN.ID.eq(id)).execute();
    }

    void fail(long id, String code, String key, Object[] args, Instant now) {
        db.update(REPORT_RUN).set(REPORT_RUN.STATUS, RunStatus.FAILED.code()).set(REPORT_RUN.ERROR_CODE, code)
                .set(REPORT_RUN.ERROR_KEY, key).set(REPORT_RUN.ERROR_ARGS, json.writeValueAsString(strings(args)))
                .set(REPORT_RUN.UPDATED_AT, now).set(REPORT_RUN.FINISHED_AT, now)
                .where(REPORT_RUN.ID.eq(id)).execute();
    }

    Optional<ReportRun> find(long id) {
        return select().where(REPORT_RUN.ID.eq(id)).fetchOptional(this::toRun);
    }

    Optional<ReportRun> findByRequest(long requesterId, String requestKey) {
        return select().where(REPORT_RUN.REQUESTER_ID.eq(requesterId).and(REPORT_RUN.REQUEST_KEY.eq(requestKey)))
                .fetchOptional(this::toRun);
    }

    /** Who asked for the run (null for the system), for reading its status. */
    Optional<Long> requesterOf(long id) {
        return db.select(REPORT_RUN.REQUESTER_ID).from(REPORT_RUN).where(REPORT_RUN.ID.eq(id))
                .fetchOptional(REPORT_RUN.REQUESTER_ID);
    }

    /** The newest runs of a schedule. */
    List<ReportRun> ofSchedule(long scheduleId, int limit) {
        return select().where(REPORT_RUN.SCHEDULE_ID.eq(scheduleId)).orderBy(REPORT_RUN.ID.desc()).limit(limit)
                .fetch(this::toRun);
    }

    private Optional<Long> findScheduled(long scheduleId, String periodCode) {
        return db.select(REPORT_RUN.ID).from(REPORT_RUN)
                .where(REPORT_RUN.SCHEDULE_ID.eq(scheduleId).and(REPORT_RUN.PERIOD_CODE.eq(periodCode)))
                .fetchOptional(REPORT_RUN.ID);
    }

    private java.util.Map<org.jooq.Field<?>, Object> values(NewRun run, Instant now) {
        java.util.Map<org.jooq.Field<?>, Object> values = new java.util.LinkedHashMap<>();
        values.put(REPORT_RUN.KIND, run.kind().code());
        values.put(REPORT_RUN.AREA_ID, run.areaId());
        values.put(REPORT_RUN.PERIOD_CODE, run.periodCode());
        values.put(REPORT_RUN.PARAMETERS, json.writeValueAsString(run.request()));
        values.put(REPORT_RUN.REQUESTED_BY, run.requestedBy());
        values.put(REPORT_RUN.REQUESTER_ID, run.requesterId());
        values.put(REPORT_RUN.REQUEST_KEY, run.request().requestKey());
        values.put(REPORT_RUN.SCHEDULE_ID, run.scheduleId());
        values.put(REPORT_RUN.STATUS, RunStatus.QUEUED.code());
        values.put(REPORT_RUN.STAGE, "reporting.stage.queued");
        values.put(REPORT_RUN.CREATED_AT, now);
        values.put(REPORT_RUN.UPDATED_AT, now);
        return values;
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(REPORT_RUN.fields()).select(AREA.CODE).from(REPORT_RUN).join(AREA).on(AREA.ID.eq(REPORT_RUN.AREA_ID));
    }

    private ReportRun toRun(Record r) {
        String args = r.get(REPORT_RUN.ERROR_ARGS);
        return new ReportRun(r.get(REPORT_RUN.ID), ReportKind.fromCode(r.get(REPORT_RUN.KIND)).orElseThrow(),
                r.get(AREA.CODE), r.get(REPORT_RUN.PERIOD_CODE), r.get(REPORT_RUN.REQUESTED_BY),
                r.get(REPORT_RUN.SCHEDULE_ID), RunStatus.valueOf(r.get(REPORT_RUN.STATUS).toUpperCase()),
                r.get(REPORT_RUN.PROGRESS), r.get(REPORT_RUN.STAGE), r.get(REPORT_RUN.DOCUMENT_ID),
                r.get(REPORT_RUN.ERROR_CODE), r.get(REPORT_RUN.ERROR_KEY),
                args == null ? null : json.readValue(args, String[].class), r.get(REPORT_RUN.CREATED_AT),
                r.get(REPORT_RUN.FINISHED_AT));
    }

    private static String[] strings(Object[] args) {
        String[] strings = new String[args == null ? 0 : args.length];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return strings;
    }
}
