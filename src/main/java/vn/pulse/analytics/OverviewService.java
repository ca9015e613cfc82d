package vn.pulse.analytics;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.pulse.area.Area;
import vn.pulse.area.AreaService;
import vn.pulse.base.DomainException;
import vn.pulse.base.Formats;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;
import vn.pulse.opinion.Direction;
import vn.pulse.opinion.OpinionStatistics;
import vn.pulse.opinion.OpinionTimelinessService;
import vn.pulse.opinion.StreamCount;
import vn.pulse.opinion.StreamCounts;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.QuestionnaireSummary;
import vn.pulse.statistics.EarlyWarning;
import vn.pulse.statistics.OpinionAlert;
import vn.pulse.statistics.PeriodKind;
import vn.pulse.statistics.WarningSettings;
import vn.pulse.statistics.WeeklyOpinionCount;

/** Gathers the leader's overview ({@link Overview}) from surveys, opinion reports and their timeliness. */
@Service
public class OverviewService {

    /** Months a sparkline covers. */
    static final int MONTHS = 12;
    /** Errors of the area asked for, which no survey would escape. */
    private static final Set<String> AREA_ERRORS = Set.of("area_not_found", "area_out_of_scope");

    private final SurveyAnalytics analytics;
    private final QuestionnaireService questionnaires;
    private final OpinionStatistics opinion;
    private final OpinionTimelinessService timeliness;
    private final AreaService areas;
    private final Clock clock;

    OverviewService(SurveyAnalytics analytics, QuestionnaireService questionnaires, OpinionStatistics opinion,
                    OpinionTimelinessService timeliness, AreaService areas, Clock clock) {
        this.areas = areas;
        this.analytics = analytics;
        this.questionnaires = questionnaires;
        this.opinion = opinion;
        this.timeliness = timeliness;
        this.clock = clock;
    }

    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public Overview overview() {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        return new Overview(headlines(today), picture(today), hotIssues(today), timeliness.latestDueSummary());
    }

    /** The headline indicator of every published survey of the caller's area that has counted responses. */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public List<Overview.Headline> headlines(LocalDate today) {
        YearMonth last = YearMonth.from(today);
        return headlines(null, last.minusMonths(MONTHS - 1), last, PeriodKind.MONTH);
    }

    /**
     * The headline indicator of every published survey the caller sees that has counted responses
     * in an area between two months, by month or quarter: what the dashboard shows for the
     * caller's whole scope, and periodic reports for their area and period.
     *
     * @param areaCode an area of the caller's scope; null: the whole scope
     * @param period   {@link PeriodKind#MONTH} or {@link PeriodKind#QUARTER}
     */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public List<Overview.Headline> headlines(String areaCode, YearMonth from, YearMonth to, PeriodKind period) {
        List<Overview.Headline> result = new ArrayList<>();
        for (QuestionnaireSummary survey : questionnaires.list(false)) {
            if (!survey.hasPublishedVersion()) {
                continue;
            }
            Optional<FormDefinition> form = questionnaires.currentPublished(survey.id());
            Optional<Question> indicator = form.flatMap(OverviewService::indicator);
            if (indicator.isEmpty()) {
                continue;
            }
            Question q = indicator.get();
            String option = q.type() == QuestionType.SELECT_ONE ? q.choices().getFirst().name() : null;
            QuestionQuery query = new QuestionQuery(survey.id(), q.name(), areaCode, from, to, period, true);
            QuestionTrend trend;
            try {
                trend = analytics.trend(query, Source.ROLLUP);
            } catch (DomainException e) {
                if (AREA_ERRORS.contains(e.code())) {
                    throw e; // the same for every survey: the caller asked for an area they may not see
                }
                continue; // no variable yet: nobody has answered the survey
            }
            trend.options().stream().filter(t -> java.util.Objects.equals(t.option(), option)).findFirst()
                    .filter(t -> !t.points().isEmpty())
                    .ifPresent(t -> result.add(new Overview.Headline(survey.id(), survey.title(), q.name(), q.label(),
                            option, option == null ? null : q.choices().getFirst().label(),
                            trend.design().probabilitySample(), t.points(),
                            t.changes().isEmpty() ? null : t.changes().getLast())));
        }
        return result;
    }

    /** A survey's headline question: its first Likert or rating question, else its first single-choice one. */
    static Optional<Question> indicator(FormDefinition form) {
        return form.questions().stream().filter(q -> q.type() == QuestionType.LIKERT || q.type() == QuestionType.RATING)
                .findFirst().or(() -> form.questions().stream()
                        .filter(q -> q.type() == QuestionType.SELECT_ONE && !q.choices().isEmpty()).findFirst());
    }

    private Overview.OpinionPicture picture(LocalDate today) {
        LocalDate from = today.withDayOfMonth(1);
        StreamCounts counts = opinion.streamCounts(null, from, today);
        Map<String, long[]> byTopic = new LinkedHashMap<>();
        Map<String, StreamCount> sample = new LinkedHashMap<>();
        for (StreamCount row : counts.rows()) {
            long[] sums = byTopic.computeIfAbsent(row.topic().code(), k -> new long[3]);
            sums[0] += row.streams();
            sums[1] += row.negative();
            sums[2] += row.reports();
            sample.putIfAbsent(row.topic().code(), row);
        }
        List<Overview.TopicVolume> topics = new ArrayList<>();
        byTopic.forEach((code, sums) -> topics.add(new Overview.TopicVolume(code, sample.get(code).topic().nameVi(),
                sample.get(code).topic().nameEn(), sums[0], sums[1], sums[2])));
        topics.sort(Comparator.comparingLong(Overview.TopicVolume::streams).reversed());
        return new Overview.OpinionPicture(from, today, topics, counts.includesUnreviewed());
    }

    /**
     * The early warning run for each province of the caller's area (or for the caller's own area
     * below province level) over the weeks up to today.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public List<Overview.HotIssue> hotIssues(LocalDate today) {
        WarningSettings settings = WarningSettings.DEFAULT;
        LocalDate from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(settings.baselineWeeks());
        StreamCounts counts = opinion.streamCounts(null, from, today);
        boolean national = CurrentUser.scope().isNational();
        Map<String, List<WeeklyOpinionCount>> byArea = new LinkedHashMap<>();
        Map<String, StreamCount> topics = new LinkedHashMap<>();
        for (StreamCount row : counts.rows()) {
            String path = national ? RollupRepository.provincePath(row.areaPath()) : CurrentUser.scope().path();
            byArea.computeIfAbsent(path, k -> new ArrayList<>()).add(new WeeklyOpinionCount(row.topic().code(),
                    row.direction().code(), row.direction() == Direction.OPPOSE, row.weekStart(), row.streams()));
            topics.putIfAbsent(row.topic().code(), row);
        }
        List<Overview.HotIssue> issues = new ArrayList<>();
        EarlyWarning warning = new EarlyWarning(settings);
        byArea.forEach((path, weekly) -> {
            for (OpinionAlert alert : warning.evaluate(weekly, today).alerts()) {
                String code = new vn.pulse.base.security.AreaScope(path).rootCode();
                String name = code == null ? null : areas.find(code).map(Area::name).orElse(code);
                StreamCount topic = topics.get(alert.topic());
                issues.add(new Overview.HotIssue(code, name, topic.topic().nameVi(), topic.topic().nameEn(), alert));
            }
        });
        issues.sort(Comparator.comparingDouble((Overview.HotIssue h) -> h.alert().pValue()));
        return issues;
    }
}
