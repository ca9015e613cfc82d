package vn.pulse.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;

/**
 * The synthetic opinion survey of {@code data/opinion.csv}: communes (PSUs) drawn in five
 * provinces (strata) with fpc, design weights, a Likert item, a single-choice and a
 * multiple-choice question, a battery, months, sex and age for calibration.
 */
final class OpinionSurvey {

    static final List<CSVRecord> ROWS = ReferenceData.rows("opinion");
    static final JsonNode R = ReferenceData.reference("opinion");
    static final List<String> CONCERNS = List.of("dat_dai", "gia_ca", "giao_duc", "moi_truong", "y_te");
    static final List<String> SOURCES = List.of("src_tv", "src_bao", "src_mxh", "src_hop");
    static final List<String> MONTHS = PeriodKind.MONTH.between("2025-07", "2025-12");

    private OpinionSurvey() {
    }

    static Sample sample() {
        Map<String, Double> communes = new HashMap<>();
        ROWS.forEach(r -> communes.put(r.get("province"), Double.parseDouble(r.get("communes"))));
        return Sample.of(Design.cluster(communes), ReferenceData.units(ROWS, r -> r.get("province"),
                r -> r.get("commune"), r -> Double.parseDouble(r.get("weight"))));
    }

    static double[] numbers(String column) {
        return ReferenceData.numbers(ROWS, column);
    }

    static String[] labels(String column) {
        return ReferenceData.labels(ROWS, column);
    }

    /** The multiple-choice "sources of information": the options each respondent ticked. */
    static List<Set<String>> sources() {
        List<Set<String>> selected = new ArrayList<>();
        for (CSVRecord row : ROWS) {
            Set<String> ticked = new LinkedHashSet<>();
            SOURCES.stream().filter(s -> row.get(s).equals("1")).forEach(ticked::add);
            selected.add(ticked);
        }
        return selected;
    }

    static double[][] battery() {
        return ROWS.stream().map(r -> new double[] {Double.parseDouble(r.get("trust1")),
                Double.parseDouble(r.get("trust2")), Double.parseDouble(r.get("trust3")),
                Double.parseDouble(r.get("trust4")), Double.parseDouble(r.get("trust5"))}).toArray(double[][]::new);
    }

    static Map<String, Double> population(String file, String keyColumn, String margin) {
        Map<String, Double> population = new HashMap<>();
        for (CSVRecord row : ReferenceData.rows(file)) {
            if (margin == null || row.get("margin").equals(margin)) {
                population.put(row.get(keyColumn), Double.parseDouble(row.get("population")));
            }
        }
        return population;
    }

    static RakingResult rakedToSexAndAge(Sample sample) {
        return Raking.apply(sample, List.of(
                new RakingMargin("sex", Arrays.asList(labels("sex")), population("opinion_margins", "category", "sex")),
                new RakingMargin("age_group", Arrays.asList(labels("age_group")),
                        population("opinion_margins", "category", "age_group"))), RakingControl.DEFAULT);
    }

    static Sample postStratifiedBySexAndAge(Sample sample) {
        String[] sex = labels("sex");
        String[] age = labels("age_group");
        String[] cells = new String[sex.length];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = sex[i] + "|" + age[i];
        }
        Map<String, Double> population = new HashMap<>();
        for (CSVRecord row : ReferenceData.rows("opinion_cells")) {
            population.put(row.get("sex") + "|" + row.get("age_group"), Double.parseDouble(row.get("population")));
        }
        return PostStratification.apply(sample, cells, population);
    }
}
