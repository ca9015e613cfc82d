package vn.pulse.fieldwork;

import static vn.pulse.jooq.Tables.APP_USER;
import static vn.pulse.jooq.Tables.AREA;
import static vn.pulse.jooq.Tables.RESPONSE;
import static vn.pulse.jooq.Tables.RESPONSE_ANSWER;
import static vn.pulse.jooq.Tables.SURVEY_VARIABLE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Reads responses for queues, lists and review; changes their review status (nothing else ever changes). */
@Repository
class ResponseQueries {

    private final DSLContext db;

    ResponseQueries(DSLContext db) {
        this.db = db;
    }

    List<ResponseSummary> list(Condition condition, int limit) {
        return db.select(RESPONSE.fields()).select(AREA.CODE, AREA.NAME, APP_USER.DISPLAY_NAME).from(RESPONSE)
                .join(AREA).on(AREA.ID.eq(RESPONSE.AREA_ID))
                .join(APP_USER).on(APP_USER.ID.eq(RESPONSE.COLLECTOR_ID))
                .where(condition).orderBy(RESPONSE.RECEIVED_AT.desc(), RESPONSE.ID.desc()).limit(limit)
                .fetch().map(ResponseQueries::summary);
    }

    Optional<ResponseSummary> find(long id, boolean lock) {
        if (lock) {
            // MariaDB has no FOR UPDATE OF: lock the response row alone, then read it with its names
            db.select(RESPONSE.ID).from(RESPONSE).where(RESPONSE.ID.eq(id)).forUpdate().fetch();
        }
        return db.select(RESPONSE.fields()).select(AREA.CODE, AREA.NAME, APP_USER.DISPLAY_NAME).from(RESPONSE)
                .join(AREA).on(AREA.ID.eq(RESPONSE.AREA_ID))
                .join(APP_USER).on(APP_USER.ID.eq(RESPONSE.COLLECTOR_ID))
                .where(RESPONSE.ID.eq(id)).fetchOptional().map(ResponseQueries::summary);
    }

    List<StoredAnswer> answers(long responseId) {
        return db.select(SURVEY_VARIABLE.NAME, SURVEY_VARIABLE.TYPE, RESPONSE_ANSWER.ITEM, RESPONSE_ANSWER.CHOICE,
                        RESPONSE_ANSWER.NUM_VALUE, RESPONSE_ANSWER.TEXT_VALUE)
                .from(RESPONSE_ANSWER).join(SURVEY_VARIABLE).on(SURVEY_VARIABLE.ID.eq(RESPONSE_ANSWER.VARIABLE_ID))
                .where(RESPONSE_ANSWER.RESPONSE_ID.eq(responseId))
                .fetch(r -> new StoredAnswer(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    void setStatus(long id, ResponseStatus status, long reviewerId, String comment, Instant now) {
        db.update(RESPONSE).set(RESPONSE.STATUS, status.name())
                .set(RESPONSE.REVIEWER_ID, reviewerId > 0 ? reviewerId : null)
                .set(RESPONSE.REVIEWED_AT, now).set(RESPONSE.REVIEW_COMMENT, comment).set(RESPONSE.UPDATED_AT, now)
                .where(RESPONSE.ID.eq(id)).execute();
    }

    /** The stored values as raw answers again (for fixing a returned response in the form). */
    static Map<String, Object> rawAnswers(List<StoredAnswer> stored) {
        Map<String, Object> raw = new LinkedHashMap<>();
        for (StoredAnswer a : stored) {
            switch (a.type()) {
                case "select_one" -> raw.put(a.name(), a.choice());
                case "select_multiple" -> {
                    @SuppressWarnings("unchecked")
                    List<Object> list = (List<Object>) raw.computeIfAbsent(a.name(), k -> new ArrayList<>());
                    list.add(a.choice());
                }
                case "matrix" -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> items = (Map<String, Object>) raw.computeIfAbsent(a.name(),
                            k -> new LinkedHashMap<>());
                    items.put(a.item(), a.choice());
                }
                case "likert", "rating", "integer" -> raw.put(a.name(), a.number() == null ? null : a.number().longValue());
                case "decimal" -> raw.put(a.name(), a.number() == null ? null
                        : java.math.BigDecimal.valueOf(a.number()).stripTrailingZeros().toPlainString());
                case "calculate" -> {
                    // recomputed by the form
                }
                default -> raw.put(a.name(), a.text());
            }
        }
        return raw;
    }

    private static ResponseSummary summary(Record r) {
        return new ResponseSummary(r.get(RESPONSE.ID), r.get(RESPONSE.UUID), r.get(RESPONSE.QUESTIONNAIRE_ID),
                r.get(RESPONSE.VERSION_NUMBER), r.get(AREA.CODE), r.get(AREA.NAME), r.get(RESPONSE.AREA_PATH),
                r.get(RESPONSE.COLLECTOR_ID), r.get(APP_USER.DISPLAY_NAME), Channel.valueOf(r.get(RESPONSE.CHANNEL)),
                r.get(RESPONSE.FORM_NUMBER), ResponseStatus.valueOf(r.get(RESPONSE.STATUS)), r.get(RESPONSE.COMPLETED_AT),
                r.get(RESPONSE.RECEIVED_AT), r.get(RESPONSE.REVIEW_COMMENT), r.get(RESPONSE.ASSIGNMENT_ID));
    }
}
