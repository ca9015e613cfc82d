package vn.pulse.analytics;

import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pulse.base.DomainException;
import vn.pulse.base.Formats;
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
import vn.pulse.statistics.EstimateTable;
import vn.pulse.statistics.EstimationOptions;
import vn.pulse.statistics.GroupComparison;
import vn.pulse.statistics.PeriodKind;
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
 * both sources give the numbers the engine gives from raw rows. Reads catch the rollups up first
 * ({@link RollupQueue#readCaughtUp}), so they include every change committed before. Everything is limited to the
 * caller's area scope and follows the small-cell rule ({@code pulse.analytics.min-cell-size}).
 */
@Service
public class SurveyAnalytics {

    static final Comparator<String> VIETNAMESE = Comparator.<String, String>comparing(s -> s,
            Collator.getInstance(Locale.forLanguageTag("vi-VN"))::compare).thenComparing(Comparator.naturalOrder());

    private final RollupRepository rollups;
    private final RollupQueue queue;
    private final QuestionnaireService questionnaires;
    private final FieldworkProperties fieldwork;
    private final AnalyticsProperties properties;

    SurveyAnalytics(RollupRepository rollups, RollupQueue queue, QuestionnaireService questionnaires,
                    FieldworkProperties fieldwork, AnalyticsProperties properties) {
        this.rollups = rollups;
        this.queue = queue;
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
     * {@code byArea}, by month or quarter label when the query has a period, by survey wave (see
     * {@link #byWave}) when the period is {@link PeriodKind#WAVE}.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public EstimateTable estimates(QuestionQuery query, boolean byArea, Source source) {
        if (query.period() == PeriodKind.WAVE) {
            return byWave(query, byArea);
        }
        return queue.readCaughtUp(() -> {
            QuerySums c = context(query, byArea, query.period() != null, null, source);
            return c.table(c.groupsByCode(), periodLabel(query.period()));
        });
    }

    /** The question per month or quarter (the query's period; months when none) with 95% bands and trend. */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public QuestionTrend trend(QuestionQuery query, Source source) {
        return queue.readCaughtUp(() -> trendOf(query, source));
    }

    private QuestionTrend trendOf(QuestionQuery query, Source source) {
        PeriodKind kind = query.period() == null ? PeriodKind.MONTH : query.period();
        QuerySums c = context(query, false, true, null, source);
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
        return new QuestionTrend(query.question(), c.frames().summary(), axis, trends);
    }

    /** The question in each area one level below the query's area (provinces, or communes of a province). */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public AreaBreakdown areaBreakdown(QuestionQuery query, Source source) {
        return queue.readCaughtUp(() -> {
            QuerySums c = context(query, true, false, null, source);
            return new AreaBreakdown(query.question(), c.frames().summary(), c.scopeCode(), c.rows(true));
        });
    }

    /**
     * A single-choice question by area (one level below the query's area) with the Rao–Scott test
     * of independence; suppressed areas are left out of the test as they are out of the table.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public CrossTab crossTab(QuestionQuery query, Source source) {
        return queue.readCaughtUp(() -> crossTabOf(query, source));
    }

    private CrossTab crossTabOf(QuestionQuery query, Source source) {
        QuerySums c = context(query, true, false, null, source);
        if (!"select_one".equals(c.variable().type())) {
            throw DomainException.invalid("not_single_choice", "analytics.error.notSingleChoice", query.question());
        }
        List<AreaBreakdown.AreaRow> rows = c.rows(true);
        Map<String, String> visible = new HashMap<>();
        rows.stream().filter(r -> r.n() != null).forEach(r -> visible.put(r.code(), r.code()));
        List<TableCellSums> cells = new ArrayList<>();
        c.aggregate(c.groupsByCode()).forEach((area, units) -> {
            if (visible.containsKey(area)) {
                units.forEach((unit, choices) -> {
                    double w = c.frames().weights().get(unit.stratum());
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
                : RaoScott.association(c.design().type(), c.design().lonelyPsu(), c.frames().strata(), cells);
        return new CrossTab(query.question(), c.frames().summary(), c.options(), rows, association);
    }

    /**
     * The question in each group of respondents of a key group question (e.g. men and women), each
     * group with how it differs from the others, as {@link #areaBreakdown} does for areas. Read from
     * the rollups when they hold the group ({@link #groups}), the query spans the whole period and its
     * area is a province or the country, else from the raw answers.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public GroupBreakdown groupBreakdown(QuestionQuery query, String byQuestion, Source source) {
        return queue.readCaughtUp(() -> {
            QuerySums c = context(query, false, false, byQuestion, source);
            return new GroupBreakdown(query.question(), c.frames().summary(), byQuestion, c.rows(false));
        });
    }

    /**
     * The estimates of one question by the answers to another (a single-choice question such as a
     * demographic group), and by month or quarter when the query has one, as {@link #groupBreakdown}
     * reads them. By survey wave they are read from the raw rows of the whole sample and handed to the
     * statistics engine ({@link QuestionEstimates}); respondents outside the area, the months or the
     * group asked for are in no group, which keeps the whole design for the variance.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public EstimateTable estimatesBy(QuestionQuery query, String byQuestion, Source source) {
        if (query.period() != PeriodKind.WAVE) {
            return queue.readCaughtUp(() -> {
                QuerySums c = context(query, false, query.period() != null, byQuestion, source);
                return c.table(c.groupsByCode(), periodLabel(query.period()));
            });
        }
        RollupRepository.Variable by = groupVariable(query.questionnaireId(), byQuestion);
        return fromRawRows(query, respondents -> {
            Map<Long, String> choices = choicesOf(by);
            return r -> choices.get(r.id());
        });
    }

    /** The key group questions the rollups hold for a survey, in the administrator's order. */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public List<String> groups(long questionnaireId) {
        return rollups.groups(questionnaireId);
    }

    private RollupRepository.Variable groupVariable(long questionnaireId, String name) {
        return rollups.variable(questionnaireId, name == null ? "" : name.strip())
                .filter(v -> "select_one".equals(v.type()))
                .orElseThrow(() -> DomainException.invalid("invalid_group_question", "analytics.error.groupQuestion", name));
    }

    private Map<Long, String> choicesOf(RollupRepository.Variable variable) {
        Map<Long, String> choices = new HashMap<>();
        rollups.answers(variable.id()).forEach(answer -> choices.put(answer.responseId(), answer.choice()));
        return choices;
    }

    /**
     * The estimates of one question by survey wave: the questionnaire version each response
     * answered (a repeated survey publishes each round as a new version, so variable names keep
     * their meaning from wave to wave), labelled "1", "2", ... in version order. The rollups are by
     * month, so waves are read from the raw rows; by area code as in
     * {@link #estimates} when {@code byArea}.
     */
    private EstimateTable byWave(QuestionQuery query, boolean byArea) {
        if (!byArea) {
            return fromRawRows(query, respondents -> null);
        }
        String scopePath = scopePath(query.areaCode());
        return fromRawRows(query, respondents -> {
            Map<String, String> childPaths = new HashMap<>();
            for (RollupRepository.Respondent r : respondents) {
                childPaths.computeIfAbsent(r.areaPath(), path -> childOf(scopePath, path));
            }
            Map<String, String[]> areas = rollups.areasByPath(childPaths.values().stream().filter(Objects::nonNull)
                    .distinct().toList());
            return r -> {
                String[] area = areas.get(childPaths.get(r.areaPath()));
                return area == null ? null : area[0];
            };
        });
    }

    /** The path of the area one level below {@code scopePath} that holds {@code path}, if any. */
    private static String childOf(String scopePath, String path) {
        if (!path.startsWith(scopePath) || path.length() == scopePath.length()) {
            return null;
        }
        int next = path.indexOf('/', scopePath.length());
        return next < 0 ? null : path.substring(0, next + 1);
    }

    /**
     * Hands the raw rows of the whole sample to the statistics engine ({@link QuestionEstimates}),
     * grouped by {@code grouping} (given the respondents, a label per respondent, null for none; or
     * no grouping at all when it gives null) and by the query's period. Respondents outside the area,
     * the months or the group asked for are in no group, which keeps the whole design for the variance.
     */
    private EstimateTable fromRawRows(QuestionQuery query,
                                      Function<List<RollupRepository.Respondent>,
                                              Function<RollupRepository.Respondent, String>> grouping) {
        QuerySums c = context(query, false, false, null, Source.RAW);
        Map<Long, String> filter = query.group() == null ? null
                : choicesOf(groupVariable(query.questionnaireId(), query.group().question()));
        List<RollupRepository.Respondent> respondents = rollups.respondents(query.questionnaireId(), counted());
        if (respondents.isEmpty()) {
            return new EstimateTable(c.frames().summary(), List.of());
        }
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < respondents.size(); i++) {
            index.put(respondents.get(i).id(), i);
        }
        Function<RollupRepository.Respondent, String> group = grouping.apply(respondents);
        List<String> periods = query.period() == null ? null : new ArrayList<>();
        List<String> labels = group == null ? null : new ArrayList<>();
        List<SampleUnit> units = new ArrayList<>();
        for (RollupRepository.Respondent r : respondents) {
            boolean inside = r.areaPath().startsWith(c.scopePath())
                    && (query.from() == null || !r.day().isBefore(query.from()))
                    && (query.to() == null || !r.day().isAfter(query.to()))
                    && (filter == null || query.group().choice().equals(filter.get(r.id())));
            if (labels != null) {
                labels.add(inside ? group.apply(r) : null);
            }
            if (periods != null) {
                periods.add(!inside ? null
                        : query.period() == PeriodKind.WAVE ? String.valueOf(r.version()) : query.period().label(r.day()));
            }
            String stratum = c.design().stratum(r.stratum());
            units.add(new SampleUnit(stratum, c.design().psu(r.cluster()), c.frames().weights().get(stratum)));
        }
        Sample sample = Sample.of(c.design().statisticsDesign(c.frames()), units);
        Answers answers = c.answers(respondents, index, rollups.answers(c.variable().id()));
        return new QuestionEstimates(options()).estimate(sample, answers, labels, periods);
    }

    // ------------------------------------------------------------------ shared machinery

    /**
     * The sums of a query, grouped by area ({@code byArea}), the query's period ({@code byPeriod}) and/or the
     * answers to a key group question ({@code byGroup}); read from the raw answers when the rollups cannot answer it.
     */
    private QuerySums context(QuestionQuery query, boolean byArea, boolean byPeriod, String byGroup, Source source) {
        if (byPeriod && query.period() == PeriodKind.WAVE) {
            throw DomainException.invalid("unsupported_period", "analytics.error.unsupportedPeriod", "wave");
        }
        RollupRepository.Variable variable = variable(query);
        FormDefinition form = questionnaires.currentPublished(query.questionnaireId())
                .orElseThrow(() -> DomainException.notFound("survey_not_found", "analytics.error.surveyNotFound",
                        query.questionnaireId()));
        List<String> options = new ArrayList<>();
        if (variable.choice()) {
            form.question(query.question()).map(Question::choices).orElse(List.of()).stream().map(Choice::name)
                    .forEach(options::add);
        }
        RollupRepository.Selection selection = selection(query, variable, byArea, byPeriod, byGroup);
        Source read = source == Source.ROLLUP && !inRollups(selection, query) ? Source.RAW : source;
        String scopePath = selection.scopePath();
        SurveyDesign design = SurveyDesign.of(form.samplingPlan(), properties.lonelyPsu());
        List<ResponseStatus> counted = counted();
        // the sampling frame of the rollups holds every counted response, whatever the query falls back to
        SurveyDesign.Frames frames = design.frames(rollups.frame(query.questionnaireId(), source, counted),
                query.weighted());
        List<RollupRepository.CellSums> cells = rollups.cells(selection, read, counted);
        if (variable.choice()) {
            // options no longer offered by the current version still count
            LinkedHashSet<String> all = new LinkedHashSet<>(options);
            cells.stream().map(RollupRepository.CellSums::choice).filter(ch -> !ch.isEmpty()).sorted().forEach(all::add);
            options = List.copyOf(all);
        }
        Map<String, String[]> groups = byArea ? rollups.areasByPath(cells.stream().map(RollupRepository.CellSums::group)
                .filter(Objects::nonNull).distinct().toList()) : byGroup != null ? choiceLabels(form, byGroup) : Map.of();
        return new QuerySums(variable, List.copyOf(options), design, frames, cells, groups, scopePath, options());
    }

    /**
     * Whether the rollups answer a query at once (in milliseconds on a million responses) when it
     * asks for {@link Source#ROLLUP}, or it falls back to the raw answers (seconds there): see
     * {@link RollupRepository.Selection#inRollups}. The arguments are those of the call to come:
     * {@code byArea} for {@link #areaBreakdown} and {@link #crossTab}, {@code byPeriod} for
     * {@link #trend}, {@code byGroup} for {@link #groupBreakdown}.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public boolean fromRollups(QuestionQuery query, boolean byArea, boolean byPeriod, String byGroup) {
        return inRollups(selection(query, variable(query), byArea, byPeriod, byGroup), query);
    }

    private boolean inRollups(RollupRepository.Selection selection, QuestionQuery query) {
        return selection.inRollups(selection.group() == null ? List.of() : rollups.groupVariables(query.questionnaireId()));
    }

    private RollupRepository.Selection selection(QuestionQuery query, RollupRepository.Variable variable, boolean byArea,
                                                 boolean byPeriod, String byGroup) {
        String scopePath = scopePath(query.areaCode());
        RollupRepository.Variable groupBy = byGroup == null ? null : groupVariable(query.questionnaireId(), byGroup);
        RollupRepository.Variable filter = query.group() == null ? null
                : groupVariable(query.questionnaireId(), query.group().question());
        RollupRepository.Time time = !byPeriod ? RollupRepository.Time.WHOLE
                : query.period() == PeriodKind.DAY ? RollupRepository.Time.DAY
                : query.period() == PeriodKind.WEEK ? RollupRepository.Time.WEEK : RollupRepository.Time.MONTH;
        return new RollupRepository.Selection(variable, scopePath, byArea, time,
                query.from(), query.to(), groupBy, filter, filter == null ? null : query.group().choice());
    }

    /** The question asked, a numeric or choice variable with answers. */
    private RollupRepository.Variable variable(QuestionQuery query) {
        return rollups.variable(query.questionnaireId(), query.question())
                .filter(v -> v.numeric() || v.choice())
                .orElseThrow(() -> DomainException.notFound("question_not_found", "analytics.error.questionNotFound",
                        query.question()));
    }

    /** A group question's choices in their order: name → {name, label in the survey's language}. */
    private static Map<String, String[]> choiceLabels(FormDefinition form, String question) {
        Map<String, String[]> labels = new java.util.LinkedHashMap<>();
        form.question(question).map(Question::choices).orElse(List.of()).forEach(choice -> labels.put(choice.name(),
                new String[] {choice.name(), choice.label().in(form.defaultLanguage(),
                        form.defaultLanguage())}));
        return labels;
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
        return cell -> kind.label(cell.time());
    }

    /** The periods from the query's first day (or first answer) to its last day (or last answer; today at most). */
    private static List<String> axis(PeriodKind kind, QuestionQuery query, java.util.Set<String> present) {
        List<String> sorted = present.stream().filter(Objects::nonNull).sorted().toList();
        if (sorted.isEmpty() && (query.from() == null || query.to() == null)) {
            return List.of();
        }
        String first = query.from() != null ? kind.label(query.from()) : sorted.getFirst();
        LocalDate today = LocalDate.now(Formats.ZONE);
        String last = query.to() == null ? sorted.getLast()
                : kind.label(kind.finerThanMonth() && query.to().isAfter(today) ? today : query.to());
        return kind.between(first, last);
    }

    /** A sampling unit under the design: a stratum's element respondents (psu null) or a cluster. */
    record Unit(String stratum, String psu) {
    }

}
