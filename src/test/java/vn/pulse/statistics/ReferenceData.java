package vn.pulse.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data sets and R reference values committed under {@code src/test/resources/statistics}
 * (written by {@code reference.R}), and the tolerances the engine must meet against them.
 */
final class ReferenceData {

    /** Estimates and standard errors: relative difference to R. */
    static final double RELATIVE = 1e-6;
    /** p-values: absolute difference to R. */
    static final double P_VALUE = 1e-4;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReferenceData() {
    }

    /** The rows of {@code data/<name>.csv}, in file order. */
    static List<CSVRecord> rows(String name) {
        try (Reader reader = reader("statistics/data/" + name + ".csv")) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What R's survey package reported, from {@code reference/<name>.json}. */
    static JsonNode reference(String name) {
        try (Reader reader = reader("statistics/reference/" + name + ".json")) {
            return JSON.readTree(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] numbers(List<CSVRecord> rows, String column) {
        return rows.stream().mapToDouble(r -> "NA".equals(r.get(column)) ? Double.NaN : Double.parseDouble(r.get(column)))
                .toArray();
    }

    static String[] labels(List<CSVRecord> rows, String column) {
        return rows.stream().map(r -> r.get(column)).toArray(String[]::new);
    }

    static double[] indicator(List<CSVRecord> rows, Predicate<CSVRecord> test) {
        return rows.stream().mapToDouble(r -> test.test(r) ? 1 : 0).toArray();
    }

    static List<SampleUnit> units(List<CSVRecord> rows, Function<CSVRecord, String> stratum,
                                  Function<CSVRecord, String> cluster, Function<CSVRecord, Double> weight) {
        List<SampleUnit> units = new ArrayList<>();
        for (CSVRecord row : rows) {
            units.add(new SampleUnit(stratum.apply(row), cluster.apply(row), weight.apply(row)));
        }
        return units;
    }

    /** Relative agreement, with an absolute floor for values R reports as (numerically) zero. */
    static void assertClose(double actual, double expected, String what) {
        double tolerance = Math.max(RELATIVE * Math.abs(expected), 1e-10);
        assertThat(actual).as(what + " (R: " + expected + ")").isCloseTo(expected, org.assertj.core.data.Offset.offset(tolerance));
    }

    static void assertPValue(double actual, double expected, String what) {
        assertThat(actual).as(what + " (R: " + expected + ")").isCloseTo(expected, org.assertj.core.data.Offset.offset(P_VALUE));
    }

    /** Estimate, standard error and (when R gave them) design effect, df and interval. */
    static void assertMatches(Estimate actual, JsonNode expected, String what) {
        assertThat(actual.suppressed()).as(what + " suppressed").isFalse();
        assertClose(actual.estimate(), expected.get("estimate").asDouble(), what + " estimate");
        assertClose(actual.se(), expected.get("se").asDouble(), what + " se");
        if (expected.has("deff") && expected.get("deff").isNumber()) {
            assertClose(actual.deff(), expected.get("deff").asDouble(), what + " deff");
        }
        if (expected.has("df")) {
            assertThat(actual.df()).as(what + " df").isEqualTo(expected.get("df").asDouble());
        }
        if (expected.has("ciLow")) {
            assertClose(actual.ciLow(), expected.get("ciLow").asDouble(), what + " ciLow");
            assertClose(actual.ciHigh(), expected.get("ciHigh").asDouble(), what + " ciHigh");
        }
    }

    static Map<String, JsonNode> fields(JsonNode node) {
        Map<String, JsonNode> result = new java.util.LinkedHashMap<>();
        node.properties().forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    private static Reader reader(String resource) {
        InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing test resource " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
