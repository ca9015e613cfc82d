package vn.pulse.reporting;

import static vn.pulse.jooq.Tables.APP_USER;
import static vn.pulse.jooq.Tables.AREA;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.pulse.base.security.Role;

/** The people a report of an area may be given to: enabled leaders and supervisors whose area holds it. */
@Repository
class ReaderRepository {

    private final DSLContext db;

    ReaderRepository(DSLContext db) {
        this.db = db;
    }

    List<Reader> candidates(String areaPath) {
        return db.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ROLE, AREA.NAME)
                .from(APP_USER)
                .leftJoin(AREA).on(AREA.ID.eq(APP_USER.AREA_ID))
                .where(APP_USER.ROLE.in(Role.LEADER.name(), Role.SUPERVISOR.name())
                        .and(APP_USER.ENABLED.isTrue())
                        .and(AREA.ID.isNull().or(DSL.val(areaPath).like(DSL.concat(AREA.PATH, DSL.val("%"))))))
                .orderBy(APP_USER.ROLE, APP_USER.DISPLAY_NAME, APP_USER.USERNAME)
                .fetch(r -> new Reader(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME),
                        Role.valueOf(r.get(APP_USER.ROLE)), r.get(AREA.NAME)));
    }

    List<Reader> ofDocument(long documentId) {
        return db.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ROLE, AREA.NAME)
                .from(vn.pulse.jooq.Tables.REPORT_READER)
                .join(APP_USER).on(APP_USER.ID.eq(vn.pulse.jooq.Tables.REPORT_READER.USER_ID))
                .leftJoin(AREA).on(AREA.ID.eq(APP_USER.AREA_ID))
                .where(vn.pulse.jooq.Tables.REPORT_READER.DOCUMENT_ID.eq(documentId))
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetch(r -> new Reader(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME),
                        Role.valueOf(r.get(APP_USER.ROLE)), r.get(AREA.NAME)));
    }
}
