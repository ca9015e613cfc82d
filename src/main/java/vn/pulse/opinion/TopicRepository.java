package vn.pulse.opinion;

import static vn.pulse.jooq.Tables.OPINION_TOPIC;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** SQL of the topic taxonomy. */
@Repository
class TopicRepository {

    private static final vn.pulse.jooq.tables.OpinionTopic GROUP = OPINION_TOPIC.as("topic_group");
    private final DSLContext db;

    TopicRepository(DSLContext db) {
        this.db = db;
    }

    /** Groups and topics in display order: each group followed by its topics. */
    List<OpinionTopic> findAll(boolean includeRetired) {
        Condition condition = includeRetired ? DSL.trueCondition() : OPINION_TOPIC.ACTIVE.isTrue();
        return select().where(condition)
                .orderBy(DSL.coalesce(GROUP.SORT_ORDER, OPINION_TOPIC.SORT_ORDER), DSL.coalesce(GROUP.ID, OPINION_TOPIC.ID),
                        OPINION_TOPIC.PARENT_ID.isNotNull(), OPINION_TOPIC.SORT_ORDER, OPINION_TOPIC.NAME_VI)
                .fetch(TopicRepository::toTopic);
    }

    Optional<OpinionTopic> findByCode(String code) {
        return select().where(OPINION_TOPIC.CODE.eq(code)).fetchOptional(TopicRepository::toTopic);
    }

    boolean hasActiveTopics(long groupId) {
        return db.fetchExists(OPINION_TOPIC, OPINION_TOPIC.PARENT_ID.eq(groupId).and(OPINION_TOPIC.ACTIVE.isTrue()));
    }

    int nextSortOrder(Long groupId) {
        Condition sameLevel = groupId == null ? OPINION_TOPIC.PARENT_ID.isNull() : OPINION_TOPIC.PARENT_ID.eq(groupId);
        Integer max = db.select(DSL.max(OPINION_TOPIC.SORT_ORDER)).from(OPINION_TOPIC).where(sameLevel).fetchOne(0, Integer.class);
        return max == null ? 10 : max + 10;
    }

    void insert(TopicDraft draft, Long groupId, int sortOrder, Instant now) {
        db.insertInto(OPINION_TOPIC)
                .set(OPINION_TOPIC.CODE, draft.code())
                .set(OPINION_TOPIC.PARENT_ID, groupId)
                .set(OPINION_TOPIC.NAME_VI, draft.nameVi())
                .set(OPINION_TOPIC.NAME_EN, draft.nameEn())
                .set(OPINION_TOPIC.SORT_ORDER, sortOrder)
                .set(OPINION_TOPIC.CREATED_AT, now)
                .execute();
    }

    void rename(long id, String nameVi, String nameEn) {
        db.update(OPINION_TOPIC).set(OPINION_TOPIC.NAME_VI, nameVi).set(OPINION_TOPIC.NAME_EN, nameEn)
                .where(OPINION_TOPIC.ID.eq(id)).execute();
    }

    void setActive(long id, boolean active, Instant now) {
        db.update(OPINION_TOPIC).set(OPINION_TOPIC.ACTIVE, active).set(OPINION_TOPIC.RETIRED_AT, active ? null : now)
                .where(OPINION_TOPIC.ID.eq(id)).execute();
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(OPINION_TOPIC.fields()).select(GROUP.CODE, GROUP.SORT_ORDER, GROUP.ID)
                .from(OPINION_TOPIC).leftJoin(GROUP).on(GROUP.ID.eq(OPINION_TOPIC.PARENT_ID));
    }

    private static OpinionTopic toTopic(Record r) {
        return new OpinionTopic(r.get(OPINION_TOPIC.ID), r.get(OPINION_TOPIC.CODE), r.get(GROUP.CODE),
                r.get(OPINION_TOPIC.NAME_VI), r.get(OPINION_TOPIC.NAME_EN), r.get(OPINION_TOPIC.SORT_ORDER),
                r.get(OPINION_TOPIC.ACTIVE));
    }
}
