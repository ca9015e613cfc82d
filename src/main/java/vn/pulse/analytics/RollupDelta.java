package vn.pulse.analytics;

import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The change some responses make to the rollups (a drained batch, or a month of a rebuild), summed
 * in memory and written by multi-row upserts. A batch of 5,000 responses has tens of thousands of
 * distinct rollup keys: MariaDB's GROUP BY over them cost more than the upserts themselves (0.6 s
 * against 0.4 s for one of six statements), a hash map next to nothing. Per key: n, Σy, Σy²; for
 * choice questions one row '' counting each answering response once and one row per chosen option
 * (y = 1); each answer counts under its province (grain 1), under its own area (grain 2) and, once per key
 * group of its response ({@code analytics_group}), under the group's answer at its province (grain 3).
 */
final class RollupDelta {

    private static final int ROWS_PER_STATEMENT = 2_000;

    private record Key(long variableId, int grain, long groupVariableId, String groupChoice, LocalDate month, long areaId,
                       String areaPath, String stratum, String psu, String choice) {
    }

    /** What one stored answer contributes, with its response's design, place and key groups. */
    record Answer(long responseId, long areaId, String areaPath, long provinceId, String provincePath, LocalDate month,
                  String stratum, String psu, long variableId, boolean numeric, String choice, Double number,
                  List<Group> groups) {
    }

    /** The response's answer to one key group question. */
    record Group(long variableId, String choice) {
    }

    private final int sign;
    private final Map<Key, double[]> sums = new LinkedHashMap<>();
    private final Set<List<Long>> answered = new HashSet<>();

    RollupDelta(int sign) {
        this.sign = sign;
    }

    void add(Answer a) {
        if (a.numeric()) {
            if (a.number() != null) {
                all(a, "", a.number());
            }
            return;
        }
        if (answered.add(List.of(a.responseId(), a.variableId()))) {
            all(a, "", 0);
        }
        all(a, a.choice(), 1);
    }

    /** One more value y under every grain. */
    private void all(Answer a, String choice, double y) {
        sum(new Key(a.variableId(), 1, 0, "", a.month(), a.provinceId(), a.provincePath(), a.stratum(), a.psu(), choice), y);
        sum(new Key(a.variableId(), 2, 0, "", a.month(), a.areaId(), a.areaPath(), a.stratum(), a.psu(), choice), y);
        for (Group g : a.groups()) {
            sum(new Key(a.variableId(), 3, g.variableId(), g.choice(), a.month(), a.provinceId(), a.provincePath(),
                    a.stratum(), a.psu(), choice), y);
        }
    }

    private void sum(Key key, double y) {
        double[] s = sums.computeIfAbsent(key, k -> new double[3]);
        s[0]++;
        s[1] += y;
        s[2] += y * y;
    }

    /**
     * Multi-row upserts with the values written as literals: bound parameters, batched or in one
     * statement, cost the driver and jOOQ more than the server's work. Strings go as hex literals,
     * safe whatever they hold and whatever the server's sql_mode.
     */
    void writeTo(DSLContext db) {
        StringBuilder values = new StringBuilder();
        int rows = 0;
        for (Map.Entry<Key, double[]> row : sums.entrySet()) {
            Key k = row.getKey();
            double[] s = row.getValue();
            values.append(rows == 0 ? "(" : ", (").append(k.variableId()).append(", ").append(k.grain()).append(", ")
                    .append(k.groupVariableId()).append(", ").append(hex(k.groupChoice())).append(", '")
                    .append(k.month()).append("', ").append(hex(k.stratum())).append(", ").append(hex(k.psu())).append(", ")
                    .append(k.areaId()).append(", ").append(hex(k.areaPath())).append(", ").append(hex(k.choice())).append(", ")
                    .append(sign * (long) s[0]).append(", ").append(sign * s[1]).append(", ").append(sign * s[2]).append(')');
            if (++rows == ROWS_PER_STATEMENT) {
                upsert(db, values);
                rows = 0;
            }
        }
        if (rows > 0) {
            upsert(db, values);
        }
    }

    /** Straight through JDBC: jOOQ's plain-SQL templating scans the statement for placeholders, at a cost. */
    private static void upsert(DSLContext db, StringBuilder values) {
        String sql = "INSERT INTO analytics_rollup (variable_id, grain, group_variable_id, group_choice, month_start, stratum, psu, area_id, area_path, choice, n, "
                + "sum_y, sum_y2) VALUES " + values + " ON DUPLICATE KEY UPDATE n = n + VALUES(n), sum_y = sum_y + VALUES(sum_y), "
                + "sum_y2 = sum_y2 + VALUES(sum_y2)";
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
