package vn.pulse.analytics;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import vn.pulse.fieldwork.ResponseStatus;

/**
 * SQL of the rollups (V30–V32, V52): the sums of a drained batch of responses, the month-by-month
 * rebuild, and the cell sums a query needs, read either from the rollups or by a GROUP BY over the
 * raw answers.
 * Both read paths return the same {@link CellSums} so everything after them is shared.
 */
@Repository
class RollupRepository {

    /** Question types stored as numbers whose mean is estimated. */
    static final Set<String> NUMERIC = Set.of("integer", "decimal", "likert", "rating", "calculate");
    /** Question types whose options' shares are estimated. */
    static final Set<String> CHOICE = Set.of("select_one", "select_multiple");

    private static final String MONTH_OF = Time.MONTH.of("r.interview_date");
    private static final String PROVINCE_OF = "SUBSTRING(r.area_path, 1, LOCATE('/', r.area_path, 2))";

    /** Rows the driver fetches at a time when streaming answers into sums. */
    private static final int STREAMED_ROWS = 10_000;

    private final DSLContext db;

    RollupRepository(DSLContext db) {
        this.db = db;
    }

    /** A variable of a questionnaire. */
    record Variable(long id, long questionnaireId, String name, String type) {
        boolean numeric() {
            return NUMERIC.contains(type);
        }

        boolean choice() {
            return CHOICE.contains(type);
        }
    }

    java.util.Optional<Variable> variable(long questionnaireId, String name) {
        return db.resultQuery("SELECT id, questionnaire_id, name, type FROM survey_variable WHERE questionnaire_id = ? AND name = ?",
                questionnaireId, name).fetchOptional(r -> new Variable(r.get(0, Long.class), r.get(1, Long.class),
                r.get(2, String.class), r.get(3, String.class)));
    }

    List<Variable> variables(long questionnaireId) {
        return db.resultQuery("SELECT id, questionnaire_id, name, type FROM survey_variable WHERE questionnaire_id = ? ORDER BY id",
                questionnaireId).fetch(r -> new Variable(r.get(0, Long.class), r.get(1, Long.class),
                r.get(2, String.class), r.get(3, String.class)));
    }

    /** Whether the month rollups hold sums and the day rollups none: a database from before V52. */
    boolean dayRollupsMissing() {
        return db.resultQuery("SELECT EXISTS (SELECT 1 FROM analytics_rollup) "
                + "AND NOT EXISTS (SELECT 1 FROM analytics_day_rollup)").fetchSingle(0, Boolean.class);
    }

    List<Long> questionnairesWithResponses() {
        return db.resultQuery("SELECT DISTINCT questionnaire_id FROM response ORDER BY questionnaire_id")
                .fetch(r -> r.get(0, Long.class));
    }

    // ---------------------------------------------------------------- maintenance

    /**
     * Adds ({@code sign} 1) or subtracts (-1) the answers and frame counts of some responses (a
     * drained batch of up to thousands).
     */
    void apply(Collection<Long> responseIds, int sign) {
        if (responseIds.isEmpty()) {
            return;
        }
        String ids = responseIds.stream().map(String::valueOf).collect(Collectors.joining(", "));
        RollupDelta delta = new RollupDelta(sign);
        addAnswers("", "r.id IN (" + ids + ")", new Object[0], delta);
        delta.writeTo(db);
        db.execute("INSERT INTO analytics_frame (questionnaire_id, stratum, psu, n) SELECT * FROM (SELECT r.questionnaire_id, "
                + "COALESCE(r.stratum, '') s, COALESCE(r.cluster, '') c, " + sign + " * COUNT(*) x FROM response r WHERE r.id IN ("
                + ids + ") GROUP BY r.questionnaire_id, s, c) d ON DUPLICATE KEY UPDATE n = n + VALUES(n)");
    }

    /**
     * Adds the answers of the responses matching {@code responseFilter} (a condition on {@code r},
     * the response, and on what {@code responseJoin} joins to it) to {@code delta}: the answers are
     * streamed in join order response → answers → variable, after the responses' answers to key
     * group questions.
     */
    private void addAnswers(String responseJoin, String responseFilter, Object[] binds, RollupDelta delta) {
        Map<String, Long> provinces = new HashMap<>();
        db.resultQuery("SELECT path, id FROM area WHERE parent_id IS NULL")
                .forEach(r -> provinces.put(r.get(0, String.class), r.get(1, Long.class)));
        String answers = " FROM response r " + responseJoin + " STRAIGHT_JOIN response_answer a ON a.response_id = r.id ";
        Map<Long, List<RollupDelta.Group>> groups = new HashMap<>();
        List<Long> groupVariables = db.resultQuery("SELECT v.id" + GROUP_VARIABLES).fetch(r -> r.get(0, Long.class));
        if (!groupVariables.isEmpty()) {
            stream("SELECT r.id, a.variable_id, a.choice" + answers + "WHERE " + responseFilter + " AND a.item = '' AND "
                    + "a.variable_id IN (" + groupVariables.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")",
                    binds, r -> groups.computeIfAbsent(r.getLong(1), id -> new ArrayList<>())
                            .add(new RollupDelta.Group(r.getLong(2), r.getString(3))));
        }
        stream("SELECT r.id, r.area_id, r.area_path, r.interview_date, COALESCE(r.stratum, ''), COALESCE(r.cluster, ''), "
                + "a.variable_id, v.type, a.choice, a.num_value" + answers + "STRAIGHT_JOIN survey_variable v ON v.id = a.variable_id "
                + "WHERE " + responseFilter + " AND a.item = '' AND v.type IN (" + inList(NUMERIC) + ", " + inList(CHOICE) + ")",
                binds, r -> {
                    String path = r.getString(3);
                    String province = provincePath(path);
                    double number = r.getDouble(10);
                    Double value = r.wasNull() ? null : number;
                    delta.add(new RollupDelta.Answer(r.getLong(1), r.getLong(2), path, provinces.get(province), province,
                            r.getObject(4, LocalDate.class), r.getString(5), r.getString(6), r.getLong(7),
                            NUMERIC.contains(r.getString(8)), r.getString(9), value, groups.getOrDefault(r.getLong(1), List.of())));
                });
    }

    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    /** Plain JDBC: a rebuild streams tens of millions of rows, and jOOQ's records cost several times the reading. */
    private void stream(String sql, Object[] binds, RowHandler handler) {
        db.connection(c -> {
            try (PreparedStatement query = c.prepareStatement(sql)) {
                query.setFetchSize(STREAMED_ROWS);
                for (int i = 0; i < binds.length; i++) {
                    query.setObject(i + 1, binds[i]);
                }
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        handler.handle(r);
                    }
                }
            }
        });
    }

    static String provincePath(String areaPath) {
        int end = areaPath.indexOf('/', 1);
        return end < 0 ? areaPath : areaPath.substring(0, end + 1);
    }

    /**
     * Replaces one questionnaire's rollups by sums recomputed from its responses, one month of
     * interviews at a time (a month's sums fit in memory, and so do the group sums of all months,
     * written at the end; GROUP BYs over a whole questionnaire of a
     * million responses were seen spilling to on-disk temporary tables and failing). The
     * caller holds the rollup lock ({@link RollupQueue#exclusively}), so no drain runs meanwhile; a
     * response counts if its applied state is 1: counted now, less what the queue still holds for it,
     * so the queued changes, drained later, complete the sums instead of counting twice.
     */
    void rebuild(long questionnaireId, Collection<ResponseStatus> counted) {
        for (String table : List.of("analytics_rollup", "analytics_day_rollup", "analytics_group_rollup")) {
            db.execute("DELETE FROM " + table + " WHERE variable_id IN (SELECT id FROM survey_variable WHERE questionnaire_id = ?)",
                    questionnaireId);
        }
        db.execute("DELETE FROM analytics_frame WHERE questionnaire_id = ?", questionnaireId);
        String pending = " LEFT JOIN (SELECT response_id, SUM(delta) d FROM analytics_rollup_queue GROUP BY response_id) q "
                + "ON q.response_id = r.id";
        String applied = (counted.isEmpty() ? "0" : "(r.status IN (" + inList(counted) + "))") + " - COALESCE(q.d, 0) = 1";
        // every status listed, so idx_response_survey_date (questionnaire, status, date) serves the month ranges
        String survey = "r.questionnaire_id = ? AND r.status IN (" + inList(List.of(ResponseStatus.values())) + ")";
        List<LocalDate> months = db.resultQuery("SELECT DISTINCT " + MONTH_OF + " FROM response r WHERE r.questionnaire_id = ? "
                + "ORDER BY 1", questionnaireId).fetch(r -> r.get(0, LocalDate.class));
        RollupDelta delta = new RollupDelta(1);
        for (LocalDate month : months) {
            addAnswers(pending, survey + " AND r.interview_date >= ? AND r.interview_date < ? AND " + applied,
                    new Object[] {questionnaireId, month, month.plusMonths(1)}, delta);
            delta.writeRollups(db);
        }
        delta.writeGroups(db);
        db.execute("INSERT INTO analytics_frame (questionnaire_id, stratum, psu, n) SELECT r.questionnaire_id, "
                + "COALESCE(r.stratum, ''), COALESCE(r.cluster, ''), COUNT(*) FROM response r" + pending + " WHERE " + survey
                + " AND " + applied + " GROUP BY r.questionnaire_id, COALESCE(r.stratum, ''), COALESCE(r.cluster, '')",
                questionnaireId);
    }

    private static String inList(Collection<?> values) {
        return values.stream().map(v -> "'" + (v instanceof Enum<?> e ? e.name() : v.toString()).replace("'", "") + "'")
                .sorted().collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------- reads

    /**
     * Counted responses per stored stratum and cluster of the whole sample.
     */
    Map<String, Map<String, Long>> frame(long questionnaireId, Source source, Collection<ResponseStatus> counted) {
        Map<String, Map<String, Long>> result = new HashMap<>();
        var query = source == Source.ROLLUP
                ? db.resultQuery("SELECT stratum, psu, n FROM analytics_frame WHERE questionnaire_id = ? AND n > 0", questionnaireId)
                : counted.isEmpty() ? null
                // not by the date index: its random look-ups took 5 s on a million responses, a scan 0.8 s
                : db.resultQuery("SELECT COALESCE(stratum, ''), COALESCE(cluster, ''), COUNT(*) FROM response "
                        + "IGNORE INDEX (idx_response_survey_date) WHERE questionnaire_id = ? AND status IN ("
                        + inList(counted) + ") GROUP BY 1, 2", questionnaireId);
        if (query != null) {
            for (Record r : query) {
                result.computeIfAbsent(r.get(0, String.class), s -> new HashMap<>()).put(r.get(1, String.class),
                        r.get(2, Long.class));
            }
        }
        return result;
    }

    /**
     * One row of sums: a group (an area path, a key group's answer, or null), a time (the first day of a month or
     * a week, a day, or null: see {@link Time}), a stored stratum and cluster, an option ('' for the answered count or the
     * numeric values), n, Σy, Σy².
     */
    record CellSums(String group, LocalDate time, String stratum, String psu, String choice, long n, double sumY,
                    double sumY2) {
    }

    /** How a query's cells are split in time. */
    enum Time {
        /** Not at all: the whole range. */
        WHOLE,
        /** By month (months and quarters). */
        MONTH,
        /** By ISO week (Monday to Sunday), which cuts across months: from the days. */
        WEEK,
        /** By day. */
        DAY;

        /** The SQL of the period start (null: none) of a date column. */
        String of(String day) {
            return switch (this) {
                case WHOLE -> "NULL";
                case MONTH -> "DATE_SUB(" + day + ", INTERVAL DAYOFMONTH(" + day + ") - 1 DAY)";
                case WEEK -> "DATE_SUB(" + day + ", INTERVAL WEEKDAY(" + day + ") DAY)";
                case DAY -> day;
            };
        }
    }

    /**
     * What a query selects.
     *
     * @param scopePath  only areas under this path ('/' for everywhere)
     * @param byArea     group by the areas one level below {@code scopePath}
     * @param time       how to split the cells in time
     * @param from       first day (inclusive), or null
     * @param to         last day (inclusive), or null
     * @param byGroup    group by the answers to this single-choice question, or null; not with {@code byArea}
     * @param filter     only respondents who gave {@code filterChoice} to this single-choice question, or null
     */
    record Selection(Variable variable, String scopePath, boolean byArea, Time time, LocalDate from, LocalDate to,
                     Variable byGroup, Variable filter, String filterChoice) {

        int depth() {
            return (int) scopePath.chars().filter(c -> c == '/').count() - 1;
        }

        /** The rollup level to read: provinces for the whole country, the responses' own areas below. */
        int level() {
            return byArea ? Math.min(2, depth() + 1) : Math.max(1, Math.min(2, depth()));
        }

        /** The key group question the query involves, if any; at most one can be read from the rollups. */
        Variable group() {
            return byGroup != null ? byGroup : filter;
        }

        /** Whether the period or the range cut across months: the rollups answer from their days. */
        boolean byDays() {
            return time == Time.WEEK || time == Time.DAY || from != null && from.getDayOfMonth() != 1
                    || to != null && to.getDayOfMonth() != to.lengthOfMonth();
        }

        /**
         * Can the rollups answer: by days, only at province level and without groups (analytics_day_rollup);
         * with a group, only one question (a breakdown by the question the filter keeps one answer of
         * is one group), held by them, over the whole period and at province level (analytics_group_rollup).
         */
        boolean inRollups(Collection<Long> rolledUpGroups) {
            if (group() == null) {
                return !byDays() || level() == 1;
            }
            boolean oneQuestion = byGroup == null || filter == null || byGroup.id() == filter.id();
            return oneQuestion && time == Time.WHOLE && from == null && to == null && level() == 1
                    && rolledUpGroups.contains(group().id());
        }
    }

    /** The variables of the key group questions (analytics_group) that have answers. */
    private static final String GROUP_VARIABLES = " FROM analytics_group g JOIN survey_variable v ON v.questionnaire_id = "
            + "g.questionnaire_id AND v.name = g.question AND v.type = 'select_one'";

    /** The key group questions whose answers the rollups hold (analytics_group_rollup), in the administrator's order. */
    List<String> groups(long questionnaireId) {
        return db.resultQuery("SELECT question FROM analytics_group WHERE questionnaire_id = ? ORDER BY position",
                questionnaireId).fetch(r -> r.get(0, String.class));
    }

    /** The variable ids of {@link #groups}, those answered so far. */
    List<Long> groupVariables(long questionnaireId) {
        return db.resultQuery("SELECT v.id" + GROUP_VARIABLES + " WHERE g.questionnaire_id = ?", questionnaireId)
                .fetch(r -> r.get(0, Long.class));
    }

    /** Replaces the key groups of a questionnaire; the caller rebuilds its rollups in the same transaction. */
    void replaceGroups(long questionnaireId, List<String> questions) {
        db.execute("DELETE FROM analytics_group WHERE questionnaire_id = ?", questionnaireId);
        for (int i = 0; i < questions.size(); i++) {
            db.execute("INSERT INTO analytics_group (questionnaire_id, question, position) VALUES (?, ?, ?)",
                    questionnaireId, questions.get(i), i);
        }
    }

    /** The cell sums a query selects; the rollups must hold them ({@link Selection#inRollups}) for {@link Source#ROLLUP}. */
    List<CellSums> cells(Selection s, Source source, Collection<ResponseStatus> counted) {
        return source == Source.ROLLUP ? rollupCells(s) : rawCells(s, counted);
    }

    private List<CellSums> rollupCells(Selection s) {
        String group = s.byArea() ? "area_path" : s.byGroup() != null ? "group_choice" : "NULL";
        String time = s.byDays() ? s.time().of("day") : s.time() == Time.MONTH ? "month_start" : "NULL";
        StringBuilder sql = new StringBuilder("SELECT " + group + ", " + time + ", stratum, psu, choice, SUM(n), SUM(sum_y), "
                + "SUM(sum_y2)");
        List<Object> binds = new ArrayList<>(List.of(s.variable().id()));
        String first = "month_start";
        if (s.byDays()) {
            sql.append(" FROM analytics_day_rollup WHERE variable_id = ?");
            first = "day";
        } else if (s.group() == null) {
            sql.append(" FROM analytics_rollup WHERE variable_id = ? AND grain = ?");
            binds.add(s.level());
        } else {
            sql.append(" FROM analytics_group_rollup WHERE variable_id = ? AND group_variable_id = ?");
            binds.add(s.group().id());
        }
        if (s.filter() != null) {
            sql.append(" AND group_choice = ?");
            binds.add(s.filterChoice());
        }
        if (s.depth() > 0) {
            sql.append(" AND area_path LIKE ?");
            binds.add(s.scopePath() + "%");
        }
        if (s.from() != null) {
            sql.append(" AND ").append(first).append(" >= ?");
            binds.add(s.from());
        }
        if (s.to() != null) {
            sql.append(" AND ").append(first).append(" <= ?");
            binds.add(s.to());
        }
        sql.append(" GROUP BY 1, 2, stratum, psu, choice HAVING SUM(n) > 0");
        return db.resultQuery(sql.toString(), binds.toArray()).fetch(RollupRepository::toCell);
    }

    private List<CellSums> rawCells(Selection s, Collection<ResponseStatus> counted) {
        if (counted.isEmpty()) {
            return List.of();
        }
        String group = s.byArea() ? (s.level() == 1 ? PROVINCE_OF : "r.area_path") : s.byGroup() != null ? "g.choice" : "NULL";
        String time = s.time().of("r.interview_date");
        // Over a whole survey, the answers of the filter (or of the question) lead the join (STRAIGHT_JOIN): responses
        // then come in id order, as their answers lie, not in the date order of the survey index, whose random look-ups
        // took four times as long on a million responses. An area or a range of days reads a part: the optimizer picks.
        String select = "SELECT " + (s.depth() == 0 && s.from() == null && s.to() == null ? "STRAIGHT_JOIN " : "");
        StringBuilder where = new StringBuilder(s.filter() != null
                ? " FROM response_answer f JOIN response r ON r.id = f.response_id JOIN response_answer a ON a.response_id = r.id"
                : " FROM response_answer a JOIN response r ON r.id = a.response_id");
        List<Object> binds = new ArrayList<>();
        if (s.byGroup() != null) {
            where.append(" JOIN response_answer g ON g.response_id = r.id AND g.variable_id = ? AND g.item = ''");
            binds.add(s.byGroup().id());
        }
        where.append(" WHERE a.variable_id = ? AND a.item = '' AND r.questionnaire_id = ? AND r.status IN (")
                .append(inList(counted)).append(")");
        binds.addAll(List.of(s.variable().id(), s.variable().questionnaireId()));
        if (s.filter() != null) {
            where.append(" AND f.variable_id = ? AND f.item = '' AND f.choice = ?");
            binds.addAll(List.of(s.filter().id(), s.filterChoice()));
        }
        if (s.depth() > 0) {
            where.append(" AND r.area_path LIKE ?");
            binds.add(s.scopePath() + "%");
        }
        if (s.from() != null) {
            where.append(" AND r.interview_date >= ?");
            binds.add(s.from());
        }
        if (s.to() != null) {
            where.append(" AND r.interview_date <= ?");
            binds.add(s.to());
        }
        String keys = group + ", " + time + ", COALESCE(r.stratum, ''), COALESCE(r.cluster, '')";
        List<CellSums> cells = new ArrayList<>();
        if (s.variable().numeric()) {
            cells.addAll(db.resultQuery(select + keys + ", '', COUNT(*), SUM(a.num_value), SUM(a.num_value * a.num_value)"
                    + where + " AND a.num_value IS NOT NULL GROUP BY 1, 2, 3, 4", binds.toArray()).fetch(RollupRepository::toCell));
        } else if (s.variable().choice()) {
            cells.addAll(db.resultQuery(select + keys + ", '', COUNT(DISTINCT r.id), 0, 0" + where + " GROUP BY 1, 2, 3, 4",
                    binds.toArray()).fetch(RollupRepository::toCell));
            cells.addAll(db.resultQuery(select + keys + ", a.choice, COUNT(*), COUNT(*), COUNT(*)" + where
                    + " GROUP BY 1, 2, 3, 4, 5", binds.toArray()).fetch(RollupRepository::toCell));
        }
        return cells;
    }

    private static CellSums toCell(Record r) {
        return new CellSums(r.get(0, String.class), r.get(1, LocalDate.class), r.get(2, String.class), r.get(3, String.class),
                r.get(4, String.class), r.get(5, Long.class), r.get(6, Double.class), r.get(7, Double.class));
    }

    /** A counted response as the raw estimation path needs it. */
    record Respondent(long id, String stratum, String cluster, String areaPath, LocalDate day, int version) {
    }

    List<Respondent> respondents(long questionnaireId, Collection<ResponseStatus> counted) {
        if (counted.isEmpty()) {
            return List.of();
        }
        return db.resultQuery("SELECT id, COALESCE(stratum, ''), COALESCE(cluster, ''), area_path, interview_date, version_number FROM response "
                + "WHERE questionnaire_id = ? AND status IN (" + inList(counted) + ") ORDER BY id", questionnaireId)
                .fetch(r -> new Respondent(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, String.class), r.get(4, LocalDate.class), r.get(5, Integer.class)));
    }

    /** One variable's stored values: response id, choice, number. */
    record StoredAnswer(long responseId, String choice, Double number) {
    }

    List<StoredAnswer> answers(long variableId) {
        return db.resultQuery("SELECT response_id, choice, num_value FROM response_answer WHERE variable_id = ? AND item = ''",
                variableId).fetch(r -> new StoredAnswer(r.get(0, Long.class), r.get(1, String.class), r.get(2, Double.class)));
    }

    /** Areas by path: code and name, for labelling groups. */
    Map<String, String[]> areasByPath(Collection<String> paths) {
        Map<String, String[]> result = new HashMap<>();
        if (paths.isEmpty()) {
            return result;
        }
        for (Record r : db.resultQuery("SELECT path, code, name FROM area WHERE path IN ("
                + paths.stream().map(p -> "?").collect(Collectors.joining(", ")) + ")", paths.toArray())) {
            result.put(r.get(0, String.class), new String[] {r.get(1, String.class), r.get(2, String.class)});
        }
        return result;
    }

    /** The path of the area with this code, if any. */
    java.util.Optional<String> areaPath(String code) {
        return db.resultQuery("SELECT path FROM area WHERE code = ?", code).fetchOptional(r -> r.get(0, String.class));
    }
}
