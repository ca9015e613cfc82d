package vn.pulse.account;

import static vn.pulse.jooq.Tables.API_TOKEN;
import static vn.pulse.jooq.Tables.APP_USER;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** SQL of API tokens. */
@Repository
class ApiTokenRepository {

    /** A stored token with its owner's username, found by the hash of its secret. */
    record Match(ApiToken token, String username) {
    }

    private final DSLContext db;

    ApiTokenRepository(DSLContext db) {
        this.db = db;
    }

    long insert(long userId, String kind, String name, String hash, String prefix, Instant now, Instant expires) {
        return db.insertInto(API_TOKEN)
                .set(API_TOKEN.USER_ID, userId)
                .set(API_TOKEN.KIND, kind)
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_HASH, hash)
                .set(API_TOKEN.PREFIX, prefix)
                .set(API_TOKEN.CREATED_AT, now)
                .set(API_TOKEN.EXPIRES_AT, expires)
                .returningResult(API_TOKEN.ID)
                .fetchOne(API_TOKEN.ID);
    }

    Optional<Match> findByHash(String hash) {
        return db.select(API_TOKEN.fields()).select(APP_USER.USERNAME)
                .from(API_TOKEN).join(APP_USER).on(APP_USER.ID.eq(API_TOKEN.USER_ID))
                .where(API_TOKEN.TOKEN_HASH.eq(hash))
                .fetchOptional(r -> new Match(toToken(r), r.get(APP_USER.USERNAME)));
    }

    Optional<ApiToken> findById(long id) {
        return db.selectFrom(API_TOKEN).where(API_TOKEN.ID.eq(id)).fetchOptional(ApiTokenRepository::toToken);
    }

    long ownerOf(long id) {
        return db.select(API_TOKEN.USER_ID).from(API_TOKEN).where(API_TOKEN.ID.eq(id)).fetchOne(API_TOKEN.USER_ID);
    }

    List<ApiToken> findPersonal(long userId) {
        return db.selectFrom(API_TOKEN)
                .where(API_TOKEN.USER_ID.eq(userId).and(API_TOKEN.KIND.eq(ApiToken.PERSONAL)))
                .orderBy(API_TOKEN.CREATED_AT.desc())
                .fetch(ApiTokenRepository::toToken);
    }

    void touch(long id, Instant now) {
        db.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, now).where(API_TOKEN.ID.eq(id)).execute();
    }

    void revoke(long id, Instant now) {
        db.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, now)
                .where(API_TOKEN.ID.eq(id).and(API_TOKEN.REVOKED_AT.isNull())).execute();
    }

    /** Forgets session tokens that expired long ago; personal ones stay listed for their owner. */
    int deleteExpiredSessions(Instant before) {
        return db.deleteFrom(API_TOKEN)
                .where(API_TOKEN.KIND.eq(ApiToken.SESSION).and(API_TOKEN.EXPIRES_AT.lt(before))).execute();
    }

    private static ApiToken toToken(Record r) {
        return new ApiToken(r.get(API_TOKEN.ID), r.get(API_TOKEN.KIND), r.get(API_TOKEN.NAME), r.get(API_TOKEN.PREFIX),
                r.get(API_TOKEN.CREATED_AT), r.get(API_TOKEN.EXPIRES_AT), r.get(API_TOKEN.LAST_USED_AT),
                r.get(API_TOKEN.REVOKED_AT));
    }
}
