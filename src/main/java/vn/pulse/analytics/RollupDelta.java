package vn.pulse.analytics;

import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The change some responses make to the rollups (a drained batch, or a month of a rebuild), summed
 * in memory and written by multi-row upserts. A batch of 5,000 responses has tens of thousands of
 * distinct rollup keys: MariaDB's GROUP BY over them cost more than the upserts themselves (0.6 s
 * against 0.4 s for one of six statements), a hash map next to nothing. Per key: n, Σy, Σy²; for
 * choice questions one row '' counting each answering response once and one row per chosen option
 * (y = 1); each answer counts under its province (grain 1) and under its own area (grain 2), once more
 * under its province and day in {@code analytics_day_rollup} and, in {@code analytics_group_rollup}, once
 * per key group of its response under the response's answer to the group question, at its province and
 * without the month. The group sums are written apart: a rebuild writes the rollups month by month and the
 * group sums, which span the months, once at the end.
 */
final class RollupDelta {

    private static final int ROWS_PER_STATEMENT = 2_000;

    private record Key(long variableId, int grain, LocalDate month, long areaId, String areaPath, String stratum, String psu,
                       String choice) {
    }

    private record DayKey(long variableId, LocalDate day, long areaId, String areaPath, String stratum, String psu,
                          String choice) {
    }

    private record GroupKey(long variableId, long groupVariableId, String groupChoice, long areaId, String areaPath,
                            String stratum, String psu, String choice) {
    }

    // Each table's primary key order: upserts in that order walk the index instead of jumping about it.
    private static final Comparator<Key> KEY_ORDER = Comparator.comparingLong(Key::variableId)
            .thenComparingInt(Key::grain).thenComparing(Key::month).thenComparingLong(Key::areaId)
            .thenComparing(Key::stratum).thenComparing(Key::psu).thenComparing(Key::choice);
    private static final Comparator<DayKey> DAY_KEY_ORDER = Comparator.comparingLong(DayKey::variableId)
            .thenComparing(DayKey::day).thenComparingLong(DayKey::areaId).thenComparing(DayKey::stratum)
            .thenComparing(DayKey::psu).thenComparing(DayKey::choice);
    private static final Comparator<GroupKey> GROUP_KEY_ORDER = Comparator.comparingLong(GroupKey::variableId)
            .thenComparingLong(GroupKey::groupVariableId).thenComparing(GroupKey::groupChoice)
            .thenComparingLong(GroupKey::areaId).thenComparing(GroupKey::stratum).thenComparing(GroupKey::psu)
            .thenComparing(GroupKey::choice);

    /** What one stored answer contributes, with its response's design, place and key groups. */
    record Answer(long responseId, long areaId, String areaPath, long provinceId, String provincePath, LocalDate day,
                  String stratum, String psu, long variableId, boolean numeric, String choice, Double number,
                  List<Group> groups) {
    }

    /** The response's answer to one key group question. */
    record Group(long variableId, String choice) {
    }

    private final int sign;
    private final Map<Key, double[]> sums = new LinkedHashMap<>();
    private final Map<DayKey, double[]> daySums = new LinkedHashMap<>();
    private final Map<GroupKey, double[]> groupSums = new LinkedHashMap<>();
    private final Set<List<Long>> answered = new HashSet<>();

    RollupDelta(int sign) {
        this.sign = sign;
    }

    void add(Answer a) {
        if (a.numeric()) {
            if (a.number() != null) {
                both(a, "", a.number());
            }
            return;
        }
        if (answered.add(List.of(a.responseId(), a.variableId()))) {
            both(a, "", 0);
        }
        both(a, a.choice(), 1);
    }

    /** One more value y under both grains, its day and each key group. */
    private void both(Answer a, String choice, double y) {
        LocalDate month = a.day().withDayOfMonth(1);
        sum(sums.computeIfAbsent(new Key(a.variableId(), 1, month, a.provinceId(), a.provincePath(), a.stratum(),
                a.psu(), choice), k -> new double[3]), y);
        sum(sums.computeIfAbsent(new Key(a.variableId(), 2, month, a.areaId(), a.areaPath(), a.stratum(), a.psu(),
                choice), k -> new double[3]), y);
        sum(daySums.computeIfAbsent(new DayKey(a.variableId(), a.day(), a.provinceId(), a.provincePath(), a.stratum(),
                a.psu(), choice), k -> new double[3]), y);
        for (Group g : a.groups()) {
            sum(groupSums.computeIfAbsent(new GroupKey(a.variableId(), g.variableId(), g.choice(), a.provinceId(),
                    a.provincePath(), a.stratum(), a.psu(), choice), k -> new double[3]), y);
        }
    }

    private static void sum(double[] s, double y) {
        s[0]++;
        s[1] += y;
        s[2] += y * y;
    }

    /** Writes everything summed so far and forgets it. */
    void writeTo(DSLContext db) {
        writeRollups(db);
        writeGroups(db);
    }

    /**
     * Upserts the sums of {@code analytics_rollup} and {@code analytics_day_rollup} and forgets them (a
     * rebuild calls this after each month; the group sums keep adding up).
     */
    void writeRollups(DSLContext db) {
        upsert(db, "analytics_rollup (variable_id, grain, month_start, area_id, area_path, stratum, psu, choice",
                sums, KEY_ORDER, k -> k.variableId() + ", " + k.grain() + ", '" + k.month() + "', " + k.areaId() + ", "
                        + hex(k.areaPath()) + ", " + hex(k.stratum()) + ", " + hex(k.psu()) + ", " + hex(k.choice()));
        upsert(db, "analytics_day_rollup (variable_id, day, area_id, area_path, stratum, psu, choice", daySums,
                DAY_KEY_ORDER, k -> k.variableId() + ", '" + k.day() + "', " + k.areaId() + ", " + hex(k.areaPath()) + ", "
                        + hex(k.stratum()) + ", " + hex(k.psu()) + ", " + hex(k.choice()));
        answered.clear();
    }

    /** Upserts the sums of {@code analytics_group_rollup} and forgets them. */
    void writeGroups(DSLContext db) {
        upsert(db, "analytics_group_rollup (variable_id, group_variable_id, group_choice, area_id, area_path, stratum, psu, "
                + "choice", groupSums, GROUP_KEY_ORDER, k -> k.variableId() + ", " + k.groupVariableId() + ", "
                + hex(k.groupChoice()) + ", " + k.areaId() + ", " + hex(k.areaPath()) + ", " + hex(k.stratum()) + ", "
                + hex(k.psu()) + ", " + hex(k.choice()));
    }

    /**
     * Multi-row upserts with the values written as literals: bound parameters, batched or in one
     * statement, cost the driver and jOOQ more than the server's work. Strings go as hex literals,
     * safe whatever they hold and whatever the server's sql_mode. Straight through JDBC: jOOQ's
     * plain-SQL templating scans the statement for placeholders, at a cost.
     */
    private <K> void upsert(DSLContext db, String tableAndKeys, Map<K, double[]> rows, Comparator<K> order,
                            Function<K, String> keyValues) {
        Map<K, double[]> sorted = new TreeMap<>(order);
        sorted.putAll(rows);
        StringBuilder values = new StringBuilder();
        int count = 0;
        for (Map.Entry<K, double[]> row : sorted.entrySet()) {
            double[] s = row.getValue();
            values.append(count == 0 ? "(" : ", (").append(keyValues.apply(row.getKey())).append(", ")
                    .append(sign * (long) s[0]).append(", ").append(sign * s[1]).append(", ").append(sign * s[2]).append(')');
            if (++count == ROWS_PER_STATEMENT) {
                execute(db, tableAndKeys, values);
                count = 0;
            }
        }
        if (count > 0) {
            execute(db, tableAndKeys, values);
        }
        rows.clear();
    }

    private static void execute(DSLContext db, String tableAndKeys, StringBuilder values) {
        String sql = "INSERT INTO " + tableAndKeys + ", n, sum_y, sum_y2) VALUES " + values + " ON DUPLICATE KEY UPDATE "
                + "n = n + VALUES(n), sum_y = sum_y + VALUES(sum_y), sum_y2 = sum_y2 + VALUES(sum_y2)";
        db.connection(c -> {
            try (Statement statement = c.createStatement()) {
                statement.execute(sql);
            }
        });
        values.setLength(0);
    }

    private static String hex(String text) {
        return text.isEmpty() ? "''" : "_utf8mb4 X'" + HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8)) + "'";
    }
}
