package vn.pulse.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import vn.pulse.base.security.AreaScope;
import vn.pulse.statistics.Answers;
import vn.pulse.statistics.DisclosureControl;
import vn.pulse.statistics.Estimate;
import vn.pulse.statistics.EstimateTable;
import vn.pulse.statistics.EstimationOptions;
import vn.pulse.statistics.GroupComparison;
import vn.pulse.statistics.PsuSums;
import vn.pulse.statistics.QuestionEstimates;
import vn.pulse.statistics.SufficientStatistics;

/**
 * One query's sums with what it takes to turn them into estimates.
 *
 * @param groups the groups of the cells: an area path or a group question's choice → {code, name}
 */
record QuerySums(RollupRepository.Variable variable, List<String> options, SurveyDesign design,
                       SurveyDesign.Frames frames, List<RollupRepository.CellSums> cells,
                       Map<String, String[]> groups, String scopePath, EstimationOptions estimation) {

    /** Option keys of estimates: the options of a choice question, or a single null for a numeric one. */
    List<String> optionKeys() {
        return variable.choice() ? options : java.util.Collections.singletonList(null);
    }

    /** One question's answers aligned with the respondents, as the statistics engine takes them. */
    Answers answers(List<RollupRepository.Respondent> respondents, Map<Long, Integer> index,
                    List<RollupRepository.StoredAnswer> stored) {
        int size = respondents.size();
        if (variable.numeric()) {
            List<Double> values = new ArrayList<>(java.util.Collections.nCopies(size, (Double) null));
            stored.forEach(a -> {
                Integer i = index.get(a.responseId());
                if (i != null && a.number() != null) {
                    values.set(i, a.number());
                }
            });
            return new Answers.Numeric(values);
        }
        if ("select_one".equals(variable.type())) {
            List<String> choices = new ArrayList<>(java.util.Collections.nCopies(size, (String) null));
            stored.forEach(a -> {
                Integer i = index.get(a.responseId());
                if (i != null) {
                    choices.set(i, a.choice());
                }
            });
            return new Answers.SingleChoice(choices, options);
        }
        List<java.util.Set<String>> selected = new ArrayList<>(java.util.Collections.nCopies(size,
                (java.util.Set<String>) null));
        stored.forEach(a -> {
            Integer i = index.get(a.responseId());
            if (i != null) {
                if (selected.get(i) == null) {
                    selected.set(i, new java.util.HashSet<>());
                }
                selected.get(i).add(a.choice());
            }
        });
        return new Answers.MultipleChoice(selected, options);
    }

    /** The code of a cell's group (an area code, or a choice name). */
    Function<RollupRepository.CellSums, String> groupsByCode() {
        return cell -> cell.group() == null ? null : groups.containsKey(cell.group()) ? groups.get(cell.group())[0]
                : cell.group();
    }

    String scopeCode() {
        return new AreaScope(scopePath).rootCode();
    }

    /** Sums per group label, sampling unit and option ('' the answered row): n, Σy, Σy². */
    <K> Map<K, Map<SurveyAnalytics.Unit, Map<String, double[]>>> aggregate(Function<RollupRepository.CellSums, K> label) {
        Map<K, Map<SurveyAnalytics.Unit, Map<String, double[]>>> result = new HashMap<>();
        for (RollupRepository.CellSums cell : cells) {
            SurveyAnalytics.Unit unit = new SurveyAnalytics.Unit(design.stratum(cell.stratum()), design.psu(cell.psu()));
            double[] s = result.computeIfAbsent(label.apply(cell), k -> new LinkedHashMap<>())
                    .computeIfAbsent(unit, k -> new HashMap<>()).computeIfAbsent(cell.choice(), k -> new double[3]);
            s[0] += cell.n();
            s[1] += cell.sumY();
            s[2] += cell.sumY2();
        }
        return result;
    }

    long answered(Map<SurveyAnalytics.Unit, Map<String, double[]>> units) {
        long n = 0;
        for (Map<String, double[]> choices : units.values()) {
            double[] s = choices.get("");
            n += s == null ? 0 : (long) s[0];
        }
        return n;
    }

    /** The sufficient statistics of one option's indicator (or the numeric value, option null). */
    SufficientStatistics sums(Map<SurveyAnalytics.Unit, Map<String, double[]>> units, String option) {
        List<PsuSums> list = new ArrayList<>();
        units.forEach((unit, choices) -> {
            double[] base = choices.get("");
            if (base == null || base[0] == 0) {
                return;
            }
            double w = frames.weights().get(unit.stratum());
            long n = (long) base[0];
            double y;
            double y2;
            if (option == null) {
                y = base[1];
                y2 = base[2];
            } else {
                double[] s = choices.get(option);
                y = s == null ? 0 : s[0];
                y2 = y;
            }
            list.add(new PsuSums(unit.stratum(), unit.psu(), n, y, w * n, w * y, w * y2, w * w * n, w * w * y,
                    w * w * y2));
        });
        return new SufficientStatistics(design.type(), design.lonelyPsu(), frames.strata(), list);
    }

    /**
     * The estimates of one group as QuestionEstimates makes them: the whole group withheld below
     * k respondents, each share by the rule for shares, and a single-choice question's shares
     * protected against recovery by subtraction.
     */
    List<EstimateTable.OptionEstimate> estimates(Map<SurveyAnalytics.Unit, Map<String, double[]>> units, long n) {
        boolean hidden = new DisclosureControl(estimation.minCellSize()).hides(n);
        Map<String, Estimate> byOption = new LinkedHashMap<>();
        Map<String, Long> cases = new LinkedHashMap<>();
        for (String option : optionKeys()) {
            SufficientStatistics sums = sums(units, option);
            byOption.put(option, variable.choice() ? sums.proportion(estimation) : sums.mean(estimation));
            long count = 0;
            for (Map<String, double[]> choices : units.values()) {
                double[] s = option == null ? null : choices.get(option);
                count += s == null ? 0 : (long) s[0];
            }
            cases.put(option, count);
        }
        if ("select_one".equals(variable.type())) {
            byOption = new DisclosureControl(estimation.minCellSize()).protectShares(byOption, cases);
        }
        List<EstimateTable.OptionEstimate> result = new ArrayList<>();
        byOption.forEach((option, estimate) -> result.add(new EstimateTable.OptionEstimate(option,
                hidden ? Estimate.suppressed(estimate.probabilitySample()) : estimate)));
        return result;
    }

    EstimateTable table(Function<RollupRepository.CellSums, String> group,
                        Function<RollupRepository.CellSums, String> period) {
        Map<List<String>, Map<SurveyAnalytics.Unit, Map<String, double[]>>> byKey = new TreeMap<>(
                Comparator.<List<String>, String>comparing(k -> k.get(0), Comparator.nullsFirst(SurveyAnalytics.VIETNAMESE))
                        .thenComparing(k -> k.get(1), Comparator.nullsFirst(SurveyAnalytics.VIETNAMESE)));
        byKey.putAll(aggregate(cell -> java.util.Arrays.asList(group.apply(cell), period.apply(cell))));
        List<EstimateTable.Group> groups = new ArrayList<>();
        byKey.forEach((key, units) -> {
            long n = answered(units);
            if (n > 0) {
                boolean hidden = new DisclosureControl(estimation.minCellSize()).hides(n);
                groups.add(new EstimateTable.Group(key.get(0), key.get(1), hidden ? null : n, estimates(units, n)));
            }
        });
        return new EstimateTable(frames.summary(), groups);
    }

    /**
     * One row per group (area or key group answer), each with how it differs from all the others
     * shown; sorted by name (areas) or in the order of the group labels (a question's choices).
     */
    List<AreaBreakdown.AreaRow> rows(boolean byName) {
        Map<String, Map<SurveyAnalytics.Unit, Map<String, double[]>>> byArea = aggregate(groupsByCode());
        Map<String, String> names = new HashMap<>();
        List<String> order = new ArrayList<>();
        groups.values().forEach(a -> {
            names.put(a[0], a[1]);
            order.add(a[0]);
        });
        Comparator<String> sorting = byName
                ? Comparator.comparing((String code) -> names.getOrDefault(code, code), SurveyAnalytics.VIETNAMESE)
                : Comparator.comparing((String code) -> order.contains(code) ? order.indexOf(code) : order.size())
                        .thenComparing(Comparator.naturalOrder());
        List<String> codes = byArea.keySet().stream().filter(Objects::nonNull).sorted(sorting).toList();
        GroupComparison comparison = new GroupComparison(estimation);
        List<AreaBreakdown.AreaRow> rows = new ArrayList<>();
        for (String code : codes) {
            Map<SurveyAnalytics.Unit, Map<String, double[]>> units = byArea.get(code);
            long n = answered(units);
            if (n == 0) {
                continue;
            }
            boolean hidden = new DisclosureControl(estimation.minCellSize()).hides(n);
            List<vn.pulse.statistics.Difference> differences = new ArrayList<>();
            if (design.isProbability() && !hidden && codes.size() > 1) {
                Map<SurveyAnalytics.Unit, Map<String, double[]>> others = new LinkedHashMap<>();
                byArea.forEach((other, otherUnits) -> {
                    if (other != null && !other.equals(code)) {
                        otherUnits.forEach((unit, choices) -> choices.forEach((choice, s) -> {
                            double[] t = others.computeIfAbsent(unit, k -> new HashMap<>())
                                    .computeIfAbsent(choice, k -> new double[3]);
                            t[0] += s[0];
                            t[1] += s[1];
                            t[2] += s[2];
                        }));
                    }
                });
                if (answered(others) > 0) {
                    for (String option : optionKeys()) {
                        differences.add(comparison.difference(sums(others, option), sums(units, option),
                                variable.choice()));
                    }
                }
            }
            rows.add(new AreaBreakdown.AreaRow(code, names.getOrDefault(code, code), hidden ? null : n,
                    estimates(units, n), differences));
        }
        return rows;
    }
}
