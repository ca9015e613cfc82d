package vn.pulse.opinion;

import static vn.pulse.jooq.Tables.AREA;
import static vn.pulse.jooq.Tables.OPINION_DEADLINE;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** SQL of the per-area deadline rules. */
@Repository
class DeadlineRepository {

    private final DSLContext db;

    DeadlineRepository(DSLContext db) {
        this.db = db;
    }

    List<DeadlineRule> findAll() {
        return db.select(AREA.CODE, AREA.NAME, AREA.PATH, OPINION_DEADLINE.DUE_DAY, OPINION_DEADLINE.UPDATED_AT,
                        OPINION_DEADLINE.UPDATED_BY)
                .from(OPINION_DEADLINE).join(AREA).on(AREA.ID.eq(OPINION_DEADLINE.AREA_ID))
                .orderBy(AREA.PATH)
                .fetch(r -> new DeadlineRule(r.get(AREA.CODE), r.get(AREA.NAME), r.get(AREA.PATH),
                        r.get(OPINION_DEADLINE.DUE_DAY), r.get(OPINION_DEADLINE.UPDATED_AT),
                        r.get(OPINION_DEADLINE.UPDATED_BY)));
    }

    void save(long areaId, int dueDay, Instant now, String actor) {
        db.insertInto(OPINION_DEADLINE)
                .set(OPINION_DEADLINE.AREA_ID, areaId)
                .set(OPINION_DEADLINE.DUE_DAY, dueDay)
                .set(OPINION_DEADLINE.UPDATED_AT, now)
                .set(OPINION_DEADLINE.UPDATED_BY, actor)
                .onDuplicateKeyUpdate()
                .set(OPINION_DEADLINE.DUE_DAY, dueDay)
                .set(OPINION_DEADLINE.UPDATED_AT, now)
                .set(OPINION_DEADLINE.UPDATED_BY, actor)
                .execute();
    }

    boolean delete(long areaId) {
        return db.deleteFrom(OPINION_DEADLINE).where(OPINION_DEADLINE.AREA_ID.eq(areaId)).execute() > 0;
    }
}
