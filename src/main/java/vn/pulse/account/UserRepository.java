package vn.pulse.account;

import static vn.pulse.jooq.Tables.APP_USER;
import static vn.pulse.jooq.Tables.AREA;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.pulse.base.security.AreaScope;
import vn.pulse.base.security.PulseUser;
import vn.pulse.base.security.Role;

/** SQL of accounts. Scope decisions are the service's. */
@Repository
class UserRepository {

    private final DSLContext db;

    UserRepository(DSLContext db) {
        this.db = db;
    }

    Optional<PulseUser> findPrincipal(String username) {
        return select().where(APP_USER.USERNAME.eq(username)).fetchOptional(r -> new PulseUser(
                r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME),
                Role.valueOf(r.get(APP_USER.ROLE)),
                r.get(AREA.PATH) == null ? AreaScope.NATIONAL : new AreaScope(r.get(AREA.PATH)),
                r.get(AREA.NAME), r.get(APP_USER.ENABLED), r.get(APP_USER.LOCKED_UNTIL_AT),
                r.get(APP_USER.PASSWORD_HASH)));
    }

    Optional<UserAccount> findByUsername(String username) {
        return select().where(APP_USER.USERNAME.eq(username)).fetchOptional(UserRepository::toAccount);
    }

    Optional<UserAccount> findById(long id) {
        return select().where(APP_USER.ID.eq(id)).fetchOptional(UserRepository::toAccount);
    }

    /** Accounts whose area lies in the scope; national accounts only for a national scope. */
    List<UserAccount> findAll(AreaScope scope, Role role) {
        Condition condition = scope.isNational() ? DSL.trueCondition() : AREA.PATH.like(scope.likePattern());
        if (role != null) {
            condition = condition.and(APP_USER.ROLE.eq(role.name()));
        }
        return select().where(condition).orderBy(APP_USER.USERNAME).fetch(UserRepository::toAccount);
    }

    boolean existsWithRole(Role role) {
        return db.fetchExists(APP_USER, APP_USER.ROLE.eq(role.name()));
    }

    long insert(UserDraft draft, Long areaId, String passwordHash, Instant now) {
        return db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, draft.username())
                .set(APP_USER.DISPLAY_NAME, draft.displayName())
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ROLE, draft.role().name())
                .set(APP_USER.AREA_ID, areaId)
                .set(APP_USER.SINGLE_LINE, draft.singleLine())
                .set(APP_USER.HANDLER_ID, draft.handlerId())
                .set(APP_USER.CREATED_AT, now)
                .returningResult(APP_USER.ID)
                .fetchOne(APP_USER.ID);
    }

    void update(long id, UserDraft draft, Long areaId) {
        db.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, draft.displayName())
                .set(APP_USER.ROLE, draft.role().name())
                .set(APP_USER.AREA_ID, areaId)
                .set(APP_USER.SINGLE_LINE, draft.singleLine())
                .set(APP_USER.HANDLER_ID, draft.handlerId())
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    void setPassword(long id, String passwordHash) {
        db.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).where(APP_USER.ID.eq(id)).execute();
    }

    void setEnabled(long id, boolean enabled) {
        db.update(APP_USER).set(APP_USER.ENABLED, enabled).where(APP_USER.ID.eq(id)).execute();
    }

    void unlock(long id) {
        db.update(APP_USER).set(APP_USER.FAILED_LOGINS, 0).setNull(APP_USER.LOCKED_UNTIL_AT)
                .where(APP_USER.ID.eq(id)).execute();
    }

    void recordSuccess(String username, Instant now) {
        db.update(APP_USER).set(APP_USER.FAILED_LOGINS, 0).setNull(APP_USER.LOCKED_UNTIL_AT)
                .set(APP_USER.LAST_LOGIN_AT, now)
                .where(APP_USER.USERNAME.eq(username)).execute();
    }

    /**
     * Counts a failed sign-in atomically and locks the account once {@code maxFailures} is reached.
     * Returns whether the account is now locked.
     */
    boolean recordFailure(String username, int maxFailures, Instant lockedUntil) {
        db.update(APP_USER).set(APP_USER.FAILED_LOGINS, APP_USER.FAILED_LOGINS.plus(1))
                .where(APP_USER.USERNAME.eq(username)).execute();
        return db.update(APP_USER)
                .set(APP_USER.LOCKED_UNTIL_AT, lockedUntil)
                .set(APP_USER.FAILED_LOGINS, 0)
                .where(APP_USER.USERNAME.eq(username).and(APP_USER.FAILED_LOGINS.ge(maxFailures)))
                .execute() > 0;
    }

    private SelectOnConditionStep<Record> select() {
        return db.select(APP_USER.fields()).select(AREA.CODE, AREA.NAME, AREA.PATH)
                .from(APP_USER).leftJoin(AREA).on(AREA.ID.eq(APP_USER.AREA_ID));
    }

    private static UserAccount toAccount(Record r) {
        return new UserAccount(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME),
                Role.valueOf(r.get(APP_USER.ROLE)), r.get(AREA.CODE), r.get(AREA.NAME), r.get(APP_USER.ENABLED),
                r.get(APP_USER.LOCKED_UNTIL_AT), r.get(APP_USER.CREATED_AT), r.get(APP_USER.LAST_LOGIN_AT),
                r.get(APP_USER.SINGLE_LINE), r.get(APP_USER.HANDLER_ID));
    }
}
