package vn.pulse.reporting.export;

import static vn.pulse.jooq.Tables.RESPONSE;
import static vn.pulse.jooq.Tables.RESPONSE_ANSWER;
import static vn.pulse.jooq.Tables.SURVEY_VARIABLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import vn.pulse.fieldwork.ResponseStatus;
import vn.pulse.questionnaire.Question;

/**
 * Reads the responses of an export straight from the response tables, in response id order, and
 * hands them on one at a time: a streaming cursor (jOOQ fetchLazy with a fetch size, which the
 * MariaDB driver streams in chunks) over response joined with its narrow answers, so memory
 * stays the same whether there are a hundred responses or a million.
 */
@Repository
public class ResponseRows {

    /** Rows the driver fetches at a time. */
    static final int FETCH_SIZE = 4096;

    private final DSLContext db;

    ResponseRows(DSLContext db) {
        this.db = db;
    }

    /** How many responses the filter selects (for progress, and the XLSX row limit). */
    public long count(ExportFilter filter) {
        return db.fetchCount(RESPONSE, condition(filter));
    }

    /** Streams the responses into the sink and returns how many there were. */
    public long write(ExportColumns columns, ExportFilter filter, RowSink sink, Progress progress) {
        Map<Long, Question> variables = variables(filter.questionnaireId(), columns);
        var query = db.select(RESPONSE.ID, RESPONSE.VERSION_NUMBER, RESPONSE.STATUS, RESPONSE.AREA_PATH,
                        RESPONSE.INTERVIEW_DATE, RESPONSE.STRATUM, RESPONSE.CLUSTER, RESPONSE_ANSWER.VARIABLE_ID,
                        RESPONSE_ANSWER.ITEM, RESPONSE_ANSWER.CHOICE, RESPONSE_ANSWER.NUM_VALUE,
                        RESPONSE_ANSWER.TEXT_VALUE)
                .from(RESPONSE).leftJoin(RESPONSE_ANSWER).on(RESPONSE_ANSWER.RESPONSE_ID.eq(RESPONSE.ID))
                .where(condition(filter))
                .orderBy(RESPONSE.ID)
                .fetchSize(FETCH_SIZE);
        String[] row = new String[columns.size()];
        long responses = 0;
        try (Cursor<? extends Record> cursor = query.fetchLazy()) {
            sink.header(columns);
            // The plain result set, not a jOOQ record per answer: 20 million answers are read here.
            ResultSet rs = cursor.resultSet();
            long current = -1;
            while (rs.next()) {
                long id = rs.getLong(1);
                if (id != current) {
                    if (current != -1) {
                        emit(columns, row, sink);
                        if (++responses % 10_000 == 0) {
                            progress.at(responses);
                        }
                    }
                    current = id;
                    Arrays.fill(row, null);
                    row[0] = Long.toString(id);
                    row[1] = Integer.toString(rs.getInt(2));
                    row[2] = rs.getString(3).toLowerCase(java.util.Locale.ROOT);
                    row[3] = areaCode(rs.getString(4));
                    row[4] = rs.getString(5);
                    row[5] = rs.getString(6);
                    row[6] = rs.getString(7);
                }
                long variableId = rs.getLong(8);
                if (rs.wasNull()) {
                    continue;
                }
                Question question = variables.get(variableId);
                if (question == null) {
                    continue;
                }
                String item = rs.getString(9);
                String choice = rs.getString(10);
                int column = columns.columnOf(question.name(), item, choice, question.type());
                if (column < 0) {
                    continue;
                }
                double number = rs.getDouble(11);
                boolean hasNumber = !rs.wasNull();
                String text = rs.getString(12);
                row[column] = switch (columns.columns().get(column).kind()) {
                    case FLAG -> "1";
                    case CHOICE -> choice;
                    case NUMBER -> hasNumber ? number(number) : null;
                    case TEXT -> text;
                    case CALCULATED -> hasNumber ? number(number) : text;
                    case META -> null;
                };
            }
            if (current != -1) {
                emit(columns, row, sink);
                responses++;
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

    /** The variables of the questionnaire that this version asks, by id. */
    private Map<Long, Question> variables(long questionnaireId, ExportColumns columns) {
        Map<Long, Question> byId = new HashMap<>();
        db.select(SURVEY_VARIABLE.ID, SURVEY_VARIABLE.NAME).from(SURVEY_VARIABLE)
                .where(SURVEY_VARIABLE.QUESTIONNAIRE_ID.eq(questionnaireId))
                .forEach(r -> columns.form().question(r.value2()).ifPresent(q -> byId.put(r.value1(), q)));
        return byId;
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
