package vn.pulse.opinion;

import static vn.pulse.jooq.Tables.APP_USER;
import static vn.pulse.jooq.Tables.AREA;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.pulse.base.security.AreaScope;
import vn.pulse.base.security.Role;

/**
 * Read-only view of accounts for opinion reports (the account module owns and writes them).
 * Reading them here keeps report lists a single query and lets a submission lock its author.
 */
@Repository
class CollaboratorRepository {

    private final DSLContext db;

    CollaboratorRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Collaborator> find(long id) {
        return select().where(APP_USER.ID.eq(id)).fetchOptional(CollaboratorRepository::toCollaborator);
    }

    Optional<Collaborator> findByUsername(String username) {
        return select().where(APP_USER.USERNAME.eq(username)).fetchOptional(CollaboratorRepository::toCollaborator);
    }

    /**
     * Locks the author's account row until the transaction ends, so that one person's
     * submissions (the same uuid from several devices, two reports for one month) run one at a time.
     */
    void lock(long id) {
        db.select(APP_USER.ID).from(APP_USER).where(APP_USER.ID.eq(id)).forUpdate().fetch();
    }

    /** Enabled collaborators (surveyor accounts) whose home area lies in the scope. */
    List<Collaborator> collaboratorsIn(AreaScope scope) {
        Condition inScope = scope.isNational() ? DSL.trueCondition() : AREA.PATH.like(scope.likePattern());
        return select().where(APP_USER.ROLE.eq(Role.SURVEYOR.name()).and(APP_USER.ENABLED.isTrue()).and(inScope))
                .orderBy(AREA.PATH, APP_USER.DISPLAY_NAME)
                .fetch(CollaboratorRepository::toCollaborator);
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(List.of(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ROLE,
                        APP_USER.SINGLE_LINE, APP_USER.HANDLER_ID, APP_USER.CREATED_AT, AREA.CODE, AREA.NAME, AREA.PATH))
                .from(APP_USER).leftJoin(AREA).on(AREA.ID.eq(APP_USER.AREA_ID));
    }

    private static Collaborator toCollaborator(Record r) {
        return new Collaborator(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME),
                r.get(APP_USER.ROLE), r.get(AREA.CODE), r.get(AREA.NAME), r.get(AREA.PATH), r.get(APP_USER.SINGLE_LINE),
                r.get(APP_USER.HANDLER_ID), r.get(APP_USER.CREATED_AT));
    }
}
