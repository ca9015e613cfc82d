package vn.pulse.reporting.export;

import static vn.pulse.jooq.Tables.RESPONSE;
import static vn.pulse.jooq.Tables.RESPONSE_ANSWER;
import static vn.pulse.jooq.Tables.SURVEY_VARIABLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.pulse.fieldwork.ResponseStatus;
import vn.pulse.questionnaire.QuestionType;

/**
 * Reads the responses of an export straight from the response tables, in response id order, and
 * hands them on one at a time: streaming cursors (jOOQ fetchLazy with a fetch size, which the
 * MariaDB driver streams in chunks) over the responses and over their narrow answers, merged in
 * id order, so memory stays the same whether there are a hundred responses or a million.
 */
@Repository
public class ResponseRows {

    /** (questionnaire_id, version_number) + the primary key: responses of a version in id order (V41). */
    static final String EXPORT_INDEX = "idx_response_export";
    /** Rows the driver fetches at a time. */
    static final int FETCH_SIZE = 4096;

    private final DSLContext db;
    private final DataSource dataSource;

    ResponseRows(DSLContext db, DataSource dataSource) {
        this.db = db;
        this.dataSource = dataSource;
    }

    /** How many responses the filter selects (for progress, and the XLSX row limit). */
    public long count(ExportFilter filter) {
        return db.fetchCount(RESPONSE, condition(filter));
    }

    /**
     * Streams the responses into the sink and returns how many there were. Two cursors are read
     * side by side in response id order and merged, as a merge join would: the responses of the
     * export, and the answers of the id range they span straight off the answer table's primary
     * key (a range scan, about three times faster than a join that looks answers up response by
     * response). The answer cursor runs on a connection of its own, opened after the response
     * cursor, so every response it sees has its answers committed (a response is stored with all
     * its answers in one transaction).
     */
    public long write(ExportColumns columns, ExportFilter filter, RowSink sink, Progress progress) {
        Slots slots = slots(filter.questionnaireId(), columns);
        Condition condition = condition(filter);
        var bounds = db.select(DSL.min(RESPONSE.ID), DSL.max(RESPONSE.ID)).from(RESPONSE).where(condition).fetchOne();
        String[] row = new String[columns.size()];
        long responses = 0;
        try {
            sink.header(columns);
            if (bounds == null || bounds.value1() == null) {
                sink.finish();
                return 0;
            }
            try (Cursor<? extends Record> responseCursor = db.select(RESPONSE.ID, RESPONSE.VERSION_NUMBER,
                            RESPONSE.STATUS, RESPONSE.AREA_PATH, RESPONSE.INTERVIEW_DATE, RESPONSE.STRATUM,
                            RESPONSE.CLUSTER)
                    .from(RESPONSE.forceIndex(EXPORT_INDEX)).where(condition).orderBy(RESPONSE.ID).fetchSize(FETCH_SIZE)
                    .fetchLazy();
                    Connection own = dataSource.getConnection();
                    Cursor<? extends Record> answerCursor = DSL.using(own, db.dialect())
                            .select(RESPONSE_ANSWER.RESPONSE_ID, RESPONSE_ANSWER.VARIABLE_ID, RESPONSE_ANSWER.ITEM,
                                    RESPONSE_ANSWER.CHOICE, RESPONSE_ANSWER.NUM_VALUE, RESPONSE_ANSWER.TEXT_VALUE)
                            .from(RESPONSE_ANSWER)
                            .where(RESPONSE_ANSWER.RESPONSE_ID.between(bounds.value1(), bounds.value2()))
                            .orderBy(RESPONSE_ANSWER.RESPONSE_ID).fetchSize(FETCH_SIZE).fetchLazy()) {
                // Plain result sets, not a jOOQ record per answer: 20 million answers are read here.
                ResultSet rs = responseCursor.resultSet();
                ResultSet as = answerCursor.resultSet();
                long answerOf = as.next() ? as.getLong(1) : Long.MAX_VALUE;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Arrays.fill(row, null);
                    row[0] = Long.toString(id);
                    row[1] = Integer.toString(rs.getInt(2));
                    row[2] = rs.getString(3).toLowerCase(java.util.Locale.ROOT);
                    row[3] = areaCode(rs.getString(4));
                    row[4] = rs.getString(5);
                    row[5] = rs.getString(6);
                    row[6] = rs.getString(7);
                    while (answerOf < id) {
                        answerOf = as.next() ? as.getLong(1) : Long.MAX_VALUE;
                    }
                    while (answerOf == id) {
                        answer(as, slots, row);
                        answerOf = as.next() ? as.getLong(1) : Long.MAX_VALUE;
                    }
                    emit(columns, row, sink);
                    if (++responses % 10_000 == 0) {
                        progress.at(responses);
                    }
                }
            }
            sink.finish();
            progress.at(responses);
        } catch (SQLException e) {
            throw new org.springframework.dao.DataRetrievalFailureException("export read failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return responses;
    }

    /** Puts the answer row the result set stands on into its column, if this version asks it. */
    private static void answer(ResultSet as, Slots slots, String[] row) throws SQLException {
        ExportColumns.Slot slot = slots.of(as.getLong(2));
        if (slot == null) {
            return;
        }
        switch (slot.kind()) {
            case FLAG -> put(row, slot.byPart().get(as.getString(4)), "1");
            case CHOICE -> {
                String choice = as.getString(4);
                put(row, slot.type() == QuestionType.MATRIX ? slot.byPart().get(as.getString(3)) : slot.column(), choice);
            }
            case NUMBER -> {
                double number = as.getDouble(5);
                row[slot.column()] = as.wasNull() ? null : number(number);
            }
            case TEXT -> row[slot.column()] = as.getString(6);
            case CALCULATED -> {
                double number = as.getDouble(5);
                row[slot.column()] = as.wasNull() ? as.getString(6) : number(number);
            }
            case META -> { }
        }
    }

    private static void put(String[] row, Integer column, String value) {
        if (column != null && column >= 0) {
            row[column] = value;
        }
    }

    /** A multiple-choice question answered has 0 for each option not ticked; unanswered stays empty. */
    private static void emit(ExportColumns columns, String[] row, RowSink sink) throws IOException {
        for (int[] group : columns.flagGroups()) {
            boolean answered = false;
            for (int index : group) {
                answered |= row[index] != null;
            }
            if (answered) {
                for (int index : group) {
                    if (row[index] == null) {
                        row[index] = "0";
                    }
                }
            }
        }
        sink.row(row);
    }

    /** The slot of each variable of the questionnaire that this version asks, by id. */
    private Slots slots(long questionnaireId, ExportColumns columns) {
        Map<Long, ExportColumns.Slot> byId = new HashMap<>();
        db.select(SURVEY_VARIABLE.ID, SURVEY_VARIABLE.NAME).from(SURVEY_VARIABLE)
                .where(SURVEY_VARIABLE.QUESTIONNAIRE_ID.eq(questionnaireId))
                .forEach(r -> columns.form().question(r.value2()).map(columns::slot)
                        .ifPresent(slot -> byId.put(r.value1(), slot)));
        return new Slots(byId);
    }

    /**
     * Variable ids of one questionnaire are few and usually close together: then an array beats
     * a map lookup per answer row; a map otherwise.
     */
    private static final class Slots {
        private static final long MAX_SPAN = 1 << 16;
        private final long first;
        private final ExportColumns.Slot[] slots;
        private final Map<Long, ExportColumns.Slot> byId;

        Slots(Map<Long, ExportColumns.Slot> byId) {
            this.byId = byId;
            first = byId.keySet().stream().mapToLong(Long::longValue).min().orElse(0);
            long span = byId.keySet().stream().mapToLong(Long::longValue).max().orElse(-1) - first + 1;
            slots = span <= MAX_SPAN ? new ExportColumns.Slot[(int) Math.max(0, span)] : null;
            if (slots != null) {
                byId.forEach((id, slot) -> slots[(int) (id - first)] = slot);
            }
        }

        ExportColumns.Slot of(long id) {
            if (slots == null) {
                return byId.get(id);
            }
            long index = id - first;
            return index < 0 || index >= slots.length ? null : slots[(int) index];
        }
    }

    static Condition condition(ExportFilter filter) {
        Condition condition = RESPONSE.QUESTIONNAIRE_ID.eq(filter.questionnaireId())
                .and(RESPONSE.VERSION_NUMBER.eq(filter.version()))
                .and(RESPONSE.STATUS.in(filter.statuses().stream().map(ResponseStatus::name).toList()));
        return filter.scope().isNational() ? condition
                : condition.and(RESPONSE.AREA_PATH.like(filter.scope().likePattern()));
    }

    /** '/08/08001/' → '08001'. */
    static String areaCode(String path) {
        int end = path.length() - 1;
        return path.substring(path.lastIndexOf('/', end - 1) + 1, end);
    }

    /** 3.0 → "3", 2.5 → "2.5": plain digits, a point for decimals, as statistics packages read them. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Tells how many responses have been written, every ten thousand and at the end. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = written -> { };

        void at(long written);
    }
}
