package vn.pulse.fieldwork;

import static vn.pulse.jooq.Tables.APP_USER;
import static vn.pulse.jooq.Tables.AREA;
import static vn.pulse.jooq.Tables.ASSIGNMENT;
import static vn.pulse.jooq.Tables.ASSIGNMENT_QUOTA;
import static vn.pulse.jooq.Tables.RESPONSE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Assignments with their quotas, and their progress counted from the responses. */
@Repository
class AssignmentRepository {

    private final DSLContext db;

    AssignmentRepository(DSLContext db) {
        this.db = db;
    }

    long insert(AssignmentDraft draft, long areaId, String areaPath, int target, long createdBy, Instant now) {
        long id = db.insertInto(ASSIGNMENT)
                .set(ASSIGNMENT.QUESTIONNAIRE_ID, draft.questionnaireId())
                .set(ASSIGNMENT.SURVEYOR_ID, draft.surveyorId())
                .set(ASSIGNMENT.AREA_ID, areaId)
                .set(ASSIGNMENT.AREA_PATH, areaPath)
                .set(ASSIGNMENT.STARTS_ON, draft.startsOn())
                .set(ASSIGNMENT.ENDS_ON, draft.endsOn())
                .set(ASSIGNMENT.TARGET, target)
                .set(ASSIGNMENT.CREATED_BY, createdBy)
                .set(ASSIGNMENT.CREATED_AT, now)
                .returning(ASSIGNMENT.ID).fetchOne().getId();
        draft.quotas().forEach((stratum, quota) -> db.insertInto(ASSIGNMENT_QUOTA)
                .set(ASSIGNMENT_QUOTA.ASSIGNMENT_ID, id).set(ASSIGNMENT_QUOTA.STRATUM, stratum)
                .set(ASSIGNMENT_QUOTA.TARGET, quota).execute());
        return id;
    }

    /** Assignments inside an area subtree (supervisors). */
    List<Assignment> inArea(String likePattern, Map<Long, String> titles) {
        return load(ASSIGNMENT.AREA_PATH.like(likePattern), titles);
    }

    /** A surveyor's assignments ending on or after a date. */
    List<Assignment> ofSurveyor(long surveyorId, LocalDate endingFrom, Map<Long, String> titles) {
        return load(ASSIGNMENT.SURVEYOR_ID.eq(surveyorId).and(ASSIGNMENT.ENDS_ON.ge(endingFrom)), titles);
    }

    Optional<Assignment> find(long id, Map<Long, String> titles) {
        return load(ASSIGNMENT.ID.eq(id), titles).stream().findFirst();
    }

    private List<Assignment> load(Condition condition, Map<Long, String> titles) {
        List<? extends Record> rows = db.select(ASSIGNMENT.fields()).select(APP_USER.DISPLAY_NAME, AREA.CODE, AREA.NAME)
                .from(ASSIGNMENT).join(APP_USER).on(APP_USER.ID.eq(ASSIGNMENT.SURVEYOR_ID))
                .join(AREA).on(AREA.ID.eq(ASSIGNMENT.AREA_ID))
                .where(condition).orderBy(ASSIGNMENT.ENDS_ON, ASSIGNMENT.ID).fetch();
        List<Long> ids = rows.stream().map(r -> r.get(ASSIGNMENT.ID)).toList();
        Map<Long, Map<String, Integer>> quotas = quotas(ids);
        Map<Long, Map<String, Integer>> done = progress(ids);
        return rows.stream().map(r -> {
            long id = r.get(ASSIGNMENT.ID);
            Map<String, Integer> byStratum = done.getOrDefault(id, Map.of());
            int total = byStratum.values().stream().mapToInt(Integer::intValue).sum();
            Map<String, Integer> stratumCounts = new HashMap<>(byStratum);
            stratumCounts.remove("");
            return new Assignment(id, r.get(ASSIGNMENT.QUESTIONNAIRE_ID),
                    titles.getOrDefault(r.get(ASSIGNMENT.QUESTIONNAIRE_ID), ""), r.get(ASSIGNMENT.SURVEYOR_ID),
                    r.get(APP_USER.DISPLAY_NAME), r.get(AREA.CODE), r.get(AREA.NAME), r.get(ASSIGNMENT.AREA_PATH),
                    r.get(ASSIGNMENT.STARTS_ON), r.get(ASSIGNMENT.ENDS_ON), r.get(ASSIGNMENT.TARGET),
                    quotas.getOrDefault(id, Map.of()), total, stratumCounts);
        }).toList();
    }

    private Map<Long, Map<String, Integer>> quotas(Collection<Long> ids) {
        Map<Long, Map<String, Integer>> quotas = new HashMap<>();
        if (!ids.isEmpty()) {
            db.selectFrom(ASSIGNMENT_QUOTA).where(ASSIGNMENT_QUOTA.ASSIGNMENT_ID.in(ids)).forEach(q -> quotas
                    .computeIfAbsent(q.getAssignmentId(), k -> new HashMap<>()).put(q.getStratum(), q.getTarget()));
        }
        return quotas;
    }

    /** Interviews per assignment and stratum ('' for none), rejected ones not counted. */
    Map<Long, Map<String, Integer>> progress(Collection<Long> ids) {
        Map<Long, Map<String, Integer>> done = new HashMap<>();
        if (!ids.isEmpty()) {
            db.select(RESPONSE.ASSIGNMENT_ID, DSL.coalesce(RESPONSE.STRATUM, ""), DSL.count()).from(RESPONSE)
                    .where(RESPONSE.ASSIGNMENT_ID.in(ids), RESPONSE.STATUS.ne(ResponseStatus.REJECTED.name()))
                    .groupBy(RESPONSE.ASSIGNMENT_ID, RESPONSE.STRATUM)
                    .forEach(r -> done.computeIfAbsent(r.value1(), k -> new HashMap<>()).merge(r.value2(), r.value3(),
                            Integer::sum));
        }
        return done;
    }
}
