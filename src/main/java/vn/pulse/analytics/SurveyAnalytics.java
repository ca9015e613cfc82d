package vn.pulse.analytics;

import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.AreaScope;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;
import vn.pulse.fieldwork.FieldworkProperties;
import vn.pulse.fieldwork.ResponseStatus;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.statistics.Answers;
import vn.pulse.statistics.Association;
import vn.pulse.statistics.DisclosureControl;
import vn.pulse.statistics.Estimate;
import vn.pulse.statistics.EstimateTable;
import vn.pulse.statistics.EstimationOptions;
import vn.pulse.statistics.GroupComparison;
import vn.pulse.statistics.PeriodKind;
import vn.pulse.statistics.PsuSums;
import vn.pulse.statistics.QuestionEstimates;
import vn.pulse.statistics.Sample;
import vn.pulse.statistics.SampleUnit;
import vn.pulse.statistics.RaoScott;
import vn.pulse.statistics.SufficientStatistics;
import vn.pulse.statistics.TableCellSums;
import vn.pulse.statistics.Trend;
import vn.pulse.statistics.TrendAnalysis;

/**
 * Design-based estimates of a survey question for dashboards, the estimates API and benchmarks:
 * trends with their band, breakdowns by area, cross-tabs with the Rao–Scott test. Every query
 * reads unweighted sums per stratum and PSU, either from the rollups ({@link Source#ROLLUP}) or by a
 * GROUP BY over the raw answers ({@link Source#RAW}), applies the design weights N_h/n_h of the
 * whole sample, and hands the sums to the statistics engine ({@link SufficientStatistics}), so
 * both sources give the numbers the engine gives from raw rows. Everything is limited to the
 * caller's area scope and follows the small-cell rule ({@code pulse.analytics.min-cell-size}).
 */
@Service
public class SurveyAnalytics {

    static final Comparator<String> VIETNAMESE = Comparator.<String, String>comparing(s -> s,
            Collator.getInstance(Locale.forLanguageTag("vi-VN"))::compare).thenComparing(Comparator.naturalOrder());

    private final RollupRepository rollups;
    private final QuestionnaireService questionnaires;
    private final FieldworkProperties fieldwork;
    private final AnalyticsProperties properties;

    SurveyAnalytics(RollupRepository rollups, QuestionnaireService questionnaires, FieldworkProperties fieldwork,
                    AnalyticsProperties properties) {
        this.rollups = rollups;
        this.questionnaires = questionnaires;
        this.fieldwork = fieldwork;
        this.properties = properties;
    }

    /** The estimation options of published figures: 95% intervals, logit for shares, the small-cell rule. */
    public EstimationOptions options() {
        return EstimationOptions.DEFAULT.withMinCellSize(properties.minCellSize());
    }

    /**
     * The estimates of one question by period and/or area, as {@code GET /api/v1/surveys/{id}/estimates}
     * returns them: groups by area code (the areas one level below the area asked for) when
     * {@code byArea}, by month or quarter label when the query has a period.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public EstimateTable estimates(QuestionQuery query, boolean byArea, Source source) {
        Context c = context(query, byArea, query.period() != null, source);
        return c.table(c.groupsByCode(), periodLabel(query.period()));
    }

    /** The question per month or quarter (the query's period; months when none) with 95% bands and trend. */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public QuestionTrend trend(QuestionQuery query, Source source) {
        PeriodKind kind = query.period() == null ? PeriodKind.MONTH : query.period();
        Context c = context(query, false, true, source);
        Function<RollupRepository.CellSums, String> label = periodLabel(kind);
        Map<String, Map<Unit, Map<String, double[]>>> byPeriod = c.aggregate(cell -> label.apply(cell));
        List<String> axis = axis(kind, query, byPeriod.keySet());
        GroupComparison comparison = new GroupComparison(options());
        List<String> optionKeys = c.optionKeys();
        List<List<Trend.PeriodEstimate>> points = new ArrayList<>();
        List<List<Trend.PeriodChange>> changes = new ArrayList<>();
        optionKeys.forEach(o -> {
            points.add(new ArrayList<>());
            changes.add(new ArrayList<>());
        });
        Map<Unit, Map<String, double[]>> previous = null;
        String previousLabel = null;
        for (int position = 0; position < axis.size(); position++) {
            Map<Unit, Map<String, double[]>> units = byPeriod.get(axis.get(position));
            long n = units == null ? 0 : c.answered(units);
            if (n == 0) {
                continue;
            }
            List<EstimateTable.OptionEstimate> estimates = c.estimates(units, n);
            for (int k = 0; k < optionKeys.size(); k++) {
                String option = optionKeys.get(k);
                points.get(k).add(new Trend.PeriodEstimate(axis.get(position), position, estimates.get(k).estimate()));
                if (previous != null) {
                    changes.get(k).add(new Trend.PeriodChange(previousLabel, axis.get(position),
                            comparison.difference(c.sums(previous, option), c.sums(units, option), option != null)));
                }
            }
            previous = units;
            previousLabel = axis.get(position);
        }
        List<QuestionTrend.OptionTrend> trends = new ArrayList<>();
        for (int k = 0; k < optionKeys.size(); k++) {
            trends.add(new QuestionTrend.OptionTrend(optionKeys.get(k), points.get(k), changes.get(k),
                    TrendAnalysis.slope(points.get(k))));
        }
        return new QuestionTrend(query.question(), c.frames.summary(), axis, trends);
    }

    /** The question in each area one level below the query's area (provinces, or communes of a province). */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public AreaBreakdown areaBreakdown(QuestionQuery query, Source source) {
        Context c = context(query, true, false, source);
        return new AreaBreakdown(query.question(), c.frames.summary(), c.scopeCode(), c.areaRows());
    }

    /**
     * A single-choice question by area (one level below the query's area) with the Rao–Scott test
     * of independence; suppressed areas are left out of the test as they are out of the table.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public CrossTab crossTab(QuestionQuery query, Source source) {
        Context c = context(query, true, false, source);
        if (!"select_one".equals(c.variable.type())) {
            throw DomainException.invalid("not_single_choice", "analytics.error.notSingleChoice", query.question());
        }
        List<AreaBreakdown.AreaRow> rows = c.areaRows();
        Map<String, String> visible = new HashMap<>();
        rows.stream().filter(r -> r.n() != null).forEach(r -> visible.put(r.code(), r.code()));
        List<TableCellSums> cells = new ArrayList<>();
        c.aggregate(c.groupsByCode()).forEach((area, units) -> {
            if (visible.containsKey(area)) {
                units.forEach((unit, choices) -> {
                    double w = c.frames.weights().get(unit.stratum());
                    choices.forEach((choice, s) -> {
                        if (!choice.isEmpty() && s[0] > 0) {
                            cells.add(new TableCellSums(unit.stratum(), unit.psu(), choice, area, (long) s[0], w * s[0],
                                    w * w * s[0]));
                        }
                    });
                });
            }
        });
        long rowLevels = cells.stream().map(TableCellSums::row).distinct().count();
        long columnLevels = cells.stream().map(TableCellSums::column).distinct().count();
        Association association = rowLevels < 2 || columnLevels < 2 ? null
                : RaoScott.association(c.design.type(), c.design.lonelyPsu(), c.frames.strata(), cells);
        return new CrossTab(query.question(), c.frames.summary(), c.options, rows, association);
    }

    /**
     * The estimates of one question by the answers to another (a single-choice question such as a
     * demographic group), and by period when the query has one. The rollups hold no pairs of
     * questions, so this reads the raw rows of the whole sample and hands them to the statistics
     * engine ({@link QuestionEstimates}); respondents outside the area or the months asked for are
     * in no group, which keeps the whole design for the variance.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public EstimateTable estimatesBy(QuestionQuery query, String byQuestion) {
        Context c = context(query, false, false, Source.RAW);
        RollupRepository.Variable by = rollups.variable(query.questionnaireId(), byQuestion)
                .filter(v -> "select_one".equals(v.type()))
                .orElseThrow(() -> DomainException.invalid("invalid_group_question", "analytics.error.groupQuestion",
                        byQuestion));
        List<RollupRepository.Respondent> respondents = rollups.respondents(query.questionnaireId(), counted());
        if (respondents.isEmpty()) {
            return new EstimateTable(c.frames.summary(), List.of());
        }
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < respondents.size(); i++) {
            index.put(respondents.get(i).id(), i);
        }
        String[] groups = new String[respondents.size()];
        for (RollupRepository.StoredAnswer answer : rollups.answers(by.id())) {
            Integer i = index.get(answer.responseId());
            if (i != null) {
                groups[i] = answer.choice();
            }
        }
        List<String> periods = query.period() == null ? null : new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<SampleUnit> units = new ArrayList<>();
        for (int i = 0; i < respondents.size(); i++) {
            RollupRepository.Respondent r = respondents.get(i);
            YearMonth month = YearMonth.from(r.day());
            boolean inside = r.areaPath().startsWith(c.scopePath)
                    && (query.from() == null || !month.isBefore(query.from()))
                    && (query.to() == null || !month.isAfter(query.to()));
            labels.add(inside ? groups[i] : null);
            if (periods != null) {
                periods.add(inside ? label(query.period(), month) : null);
            }
            String stratum = c.design.stratum(r.stratum());
            units.add(new SampleUnit(stratum, c.design.psu(r.cluster()), c.frames.weights().get(stratum)));
        }
        Sample sample = Sample.of(c.design.statisticsDesign(c.frames), units);
        Answers answers = c.answers(respondents, index, rollups.answers(c.variable.id()));
        return new QuestionEstimates(options()).estimate(sample, answers, labels, periods);
    }

    // ------------------------------------------------------------------ shared machinery

    private Context context(QuestionQuery query, boolean byArea, boolean byMonth, Source source) {
        RollupRepository.Variable variable = rollups.variable(query.questionnaireId(), query.question())
                .filter(v -> v.numeric() || v.choice())
                .orElseThrow(() -> DomainException.notFound("question_not_found", "analytics.error.questionNotFound",
                        query.question()));
        FormDefinition form = questionnaires.currentPublished(query.questionnaireId())
                .orElseThrow(() -> DomainException.notFound("survey_not_found", "analytics.error.surveyNotFound",
                        query.questionnaireId()));
        String scopePath = scopePath(query.areaCode());
        List<String> options = new ArrayList<>();
        if (variable.choice()) {
            form.question(query.question()).map(Question::choices).orElse(List.of()).stream().map(Choice::name)
                    .forEach(options::add);
        }
        SurveyDesign design = SurveyDesign.of(form.samplingPlan(), properties.lonelyPsu());
        List<ResponseStatus> counted = counted();
        SurveyDesign.Frames frames = design.frames(rollups.frame(query.questionnaireId(), source, counted),
                query.weighted());
        var selection = new RollupRepository.Selection(variable, scopePath, byArea, byMonth,
                query.from() == null ? null : query.from().atDay(1), query.to() == null ? null : query.to().atDay(1));
        List<RollupRepository.CellSums> cells = rollups.cells(selection, source, counted);
        if (variable.choice()) {
            // options no longer offered by the current version still count
            LinkedHashSet<String> all = new LinkedHashSet<>(options);
            cells.stream().map(RollupRepository.CellSums::choice).filter(ch -> !ch.isEmpty()).sorted().forEach(all::add);
            options = List.copyOf(all);
        }
        Map<String, String[]> areas = byArea ? rollups.areasByPath(cells.stream().map(RollupRepository.CellSums::group)
                .filter(Objects::nonNull).distinct().toList()) : Map.of();
        return new Context(variable, List.copyOf(options), design, frames, cells, areas, scopePath, options());
    }

    private List<ResponseStatus> counted() {
        return java.util.Arrays.stream(ResponseStatus.values()).filter(fieldwork::counts).toList();
    }

    /** The area path asked for, which must lie inside the caller's scope. */
    private String scopePath(String areaCode) {
        AreaScope scope = CurrentUser.scope();
        if (areaCode == null) {
            return scope.path();
        }
        String path = rollups.areaPath(areaCode).orElseThrow(() -> DomainException.notFound("area_not_found",
                "analytics.error.areaNotFound", areaCode));
        if (!scope.covers(path)) {
            throw DomainException.forbidden("area_out_of_scope", "analytics.error.areaOutOfScope", areaCode);
        }
        return path;
    }

    private static Function<RollupRepository.CellSums, String> periodLabel(PeriodKind kind) {
        if (kind == null) {
            return cell -> null;
        }
        return cell -> label(kind, YearMonth.from(cell.month()));
    }

    static String label(PeriodKind kind, YearMonth month) {
        return kind == PeriodKind.QUARTER ? month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1)
                : month.toString();
    }

    private static List<String> axis(PeriodKind kind, QuestionQuery query, java.util.Set<String> present) {
        List<String> sorted = present.stream().filter(Objects::nonNull).sorted().toList();
        if (sorted.isEmpty() && (query.from() == null || query.to() == null)) {
            return List.of();
        }
        String first = query.from() != null ? label(kind, query.from()) : sorted.getFirst();
        String last = query.to() != null ? label(kind, query.to()) : sorted.getLast();
        return kind.between(first, last);
    }

    /** A sampling unit under the design: a stratum's element respondents (psu null) or a cluster. */
    record Unit(String stratum, String psu) {
    }

    /** One query's sums with what it takes to turn them into estimates. */
    private record Context(RollupRepository.Variable variable, List<String> options, SurveyDesign design,
                           SurveyDesign.Frames frames, List<RollupRepository.CellSums> cells,
                           Map<String, String[]> areas, String scopePath, EstimationOptions estimation) {

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

        /** The area code of a cell's group. */
        Function<RollupRepository.CellSums, String> groupsByCode() {
            return cell -> cell.group() == null ? null : areas.containsKey(cell.group()) ? areas.get(cell.group())[0]
                    : cell.group();
        }

        String scopeCode() {
            return new AreaScope(scopePath).rootCode();
        }

        /** Sums per group label, sampling unit and option ('' the answered row): n, Σy, Σy². */
        <K> Map<K, Map<Unit, Map<String, double[]>>> aggregate(Function<RollupRepository.CellSums, K> label) {
            Map<K, Map<Unit, Map<String, double[]>>> result = new HashMap<>();
            for (RollupRepository.CellSums cell : cells) {
                Unit unit = new Unit(design.stratum(cell.stratum()), design.psu(cell.psu()));
                double[] s = result.computeIfAbsent(label.apply(cell), k -> new LinkedHashMap<>())
                        .computeIfAbsent(unit, k -> new HashMap<>()).computeIfAbsent(cell.choice(), k -> new double[3]);
                s[0] += cell.n();
                s[1] += cell.sumY();
                s[2] += cell.sumY2();
            }
            return result;
        }

        long answered(Map<Unit, Map<String, double[]>> units) {
            long n = 0;
            for (Map<String, double[]> choices : units.values()) {
                double[] s = choices.get("");
                n += s == null ? 0 : (long) s[0];
            }
            return n;
        }

        /** The sufficient statistics of one option's indicator (or the numeric value, option null). */
        SufficientStatistics sums(Map<Unit, Map<String, double[]>> units, String option) {
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
        List<EstimateTable.OptionEstimate> estimates(Map<Unit, Map<String, double[]>> units, long n) {
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
            Map<List<String>, Map<Unit, Map<String, double[]>>> byKey = new TreeMap<>(
                    Comparator.<List<String>, String>comparing(k -> k.get(0), Comparator.nullsFirst(VIETNAMESE))
                            .thenComparing(k -> k.get(1), Comparator.nullsFirst(VIETNAMESE)));
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

        List<AreaBreakdown.AreaRow> areaRows() {
            Map<String, Map<Unit, Map<String, double[]>>> byArea = aggregate(groupsByCode());
            Map<String, String> names = new HashMap<>();
            areas.values().forEach(a -> names.put(a[0], a[1]));
            List<String> codes = byArea.keySet().stream().filter(Objects::nonNull)
                    .sorted(Comparator.comparing((String code) -> names.getOrDefault(code, code), VIETNAMESE)).toList();
            GroupComparison comparison = new GroupComparison(estimation);
            List<AreaBreakdown.AreaRow> rows = new ArrayList<>();
            for (String code : codes) {
                Map<Unit, Map<String, double[]>> units = byArea.get(code);
                long n = answered(units);
                if (n == 0) {
                    continue;
                }
                boolean hidden = new DisclosureControl(estimation.minCellSize()).hides(n);
                List<vn.pulse.statistics.Difference> differences = new ArrayList<>();
                if (design.isProbability() && !hidden && codes.size() > 1) {
                    Map<Unit, Map<String, double[]>> others = new LinkedHashMap<>();
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
}
