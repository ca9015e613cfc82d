package vn.pulse.area;

import static vn.pulse.jooq.Tables.AREA;
import static vn.pulse.jooq.Tables.AREA_NAME;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.pulse.base.VietnameseText;
import vn.pulse.base.security.AreaScope;
import vn.pulse.jooq.tables.records.AreaRecord;

/** SQL of the area tree. Callers pass the scope; this class does not decide who may see what. */
@Repository
class AreaRepository {

    private static final vn.pulse.jooq.tables.Area PARENT = AREA.as("parent");
    private final DSLContext db;

    AreaRepository(DSLContext db) {
        this.db = db;
    }

    List<Area> findAll(AreaScope scope, boolean includeRetired, String search) {
        Condition condition = AREA.PATH.like(scope.likePattern());
        if (!includeRetired) {
            condition = condition.and(AREA.ACTIVE.isTrue());
        }
        if (search != null && !search.isBlank()) {
            condition = condition.and(AREA.SEARCH_NAME.contains(VietnameseText.fold(search))
                    .or(AREA.CODE.eq(search.strip())));
        }
        return select().where(condition).orderBy(AREA.PATH).fetch(AreaRepository::toArea);
    }

    List<Area> findChildren(String parentCode, AreaScope scope, boolean includeRetired) {
        Condition condition = parentCode == null ? AREA.PARENT_ID.isNull() : PARENT.CODE.eq(parentCode);
        condition = condition.and(AREA.PATH.like(scope.likePattern()));
        if (!includeRetired) {
            condition = condition.and(AREA.ACTIVE.isTrue());
        }
        return select().where(condition).orderBy(AREA.NAME).fetch(AreaRepository::toArea);
    }

    Optional<Area> findByCode(String code) {
        return select().where(AREA.CODE.eq(code)).fetchOptional(AreaRepository::toArea);
    }

    Optional<Area> findById(long id) {
        return select().where(AREA.ID.eq(id)).fetchOptional(AreaRepository::toArea);
    }

    boolean hasActiveChildren(long id) {
        return db.fetchExists(AREA, AREA.PARENT_ID.eq(id).and(AREA.ACTIVE.isTrue()));
    }

    long insert(AreaDraft draft, Long parentId, String path, Instant now) {
        AreaRecord row = db.newRecord(AREA);
        row.setCode(draft.code());
        row.setName(draft.name());
        row.setSearchName(VietnameseText.fold(draft.name()));
        row.setLevel(draft.level());
        row.setType(draft.type());
        row.setParentId(parentId);
        row.setPath(path);
        row.setActive(true);
        row.setCreatedAt(now);
        row.store();
        db.insertInto(AREA_NAME)
                .set(AREA_NAME.AREA_ID, row.getId())
                .set(AREA_NAME.NAME, draft.name())
                .set(AREA_NAME.VALID_FROM, now)
                .execute();
        return row.getId();
    }

    void rename(long id, String name, Instant now) {
        db.update(AREA).set(AREA.NAME, name).set(AREA.SEARCH_NAME, VietnameseText.fold(name))
                .where(AREA.ID.eq(id)).execute();
        db.update(AREA_NAME).set(AREA_NAME.VALID_TO, now)
                .where(AREA_NAME.AREA_ID.eq(id).and(AREA_NAME.VALID_TO.isNull())).execute();
        db.insertInto(AREA_NAME)
                .set(AREA_NAME.AREA_ID, id).set(AREA_NAME.NAME, name).set(AREA_NAME.VALID_FROM, now)
                .execute();
    }

    /** Moves an area under a new parent; the paths of its whole subtree follow. */
    void move(Area area, Long newParentId, String newPath) {
        db.update(AREA).set(AREA.PARENT_ID, newParentId).where(AREA.ID.eq(area.id())).execute();
        db.update(AREA)
                .set(AREA.PATH, DSL.concat(DSL.val(newPath), DSL.substring(AREA.PATH, area.path().length() + 1)))
                .where(AREA.PATH.startsWith(area.path()))
                .execute();
    }

    void setActive(long id, boolean active, Instant now) {
        db.update(AREA).set(AREA.ACTIVE, active).set(AREA.RETIRED_AT, active ? null : now)
                .where(AREA.ID.eq(id)).execute();
    }

    /** The name an area carried at a given instant (names change; old responses keep theirs). */
    Optional<String> nameAt(long id, Instant at) {
        return db.select(AREA_NAME.NAME).from(AREA_NAME)
                .where(AREA_NAME.AREA_ID.eq(id).and(AREA_NAME.VALID_FROM.le(at))
                        .and(AREA_NAME.VALID_TO.isNull().or(AREA_NAME.VALID_TO.gt(at))))
                .fetchOptional(AREA_NAME.NAME);
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(AREA.fields()).select(PARENT.CODE).from(AREA).leftJoin(PARENT).on(PARENT.ID.eq(AREA.PARENT_ID));
    }

    private static Area toArea(Record r) {
        return new Area(r.get(AREA.ID), r.get(AREA.CODE), r.get(AREA.NAME), r.get(AREA.LEVEL), r.get(AREA.TYPE),
                r.get(PARENT.CODE), r.get(AREA.PATH), r.get(AREA.ACTIVE));
    }
}
