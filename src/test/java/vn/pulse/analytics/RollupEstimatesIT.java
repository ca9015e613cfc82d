package vn.pulse.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.Role;
import vn.pulse.fieldwork.ResponseStatus;
import vn.pulse.statistics.Answers;
import vn.pulse.statistics.Association;
import vn.pulse.statistics.Design;
import vn.pulse.statistics.DesignWeights;
import vn.pulse.statistics.Difference;
import vn.pulse.statistics.Domains;
import vn.pulse.statistics.Estimate;
import vn.pulse.statistics.EstimateTable;
import vn.pulse.statistics.EstimationOptions;
import vn.pulse.statistics.GroupComparison;
import vn.pulse.statistics.LonelyPsu;
import vn.pulse.statistics.PeriodKind;
import vn.pulse.statistics.QuestionEstimates;
import vn.pulse.statistics.RaoScott;
import vn.pulse.statistics.Sample;
import vn.pulse.statistics.SampleUnit;
import vn.pulse.support.IntegrationTest;

/**
 * The rollups give exactly what the statistics engine computes from raw rows: random responses
 * are submitted and reviewed through the event contract, then every dashboard query, read from
 * the rollups and from a raw GROUP BY, is compared with {@link QuestionEstimates}, {@link RaoScott}
 * and {@link GroupComparison} run on the raw rows of the whole sample (estimates, standard errors,
 * intervals, design effects: 1e-9 relative). The changes go through the rollups' queue, so
 * the reads' catching up, the drainer and rebuilds with changes still queued are all exercised.
 */
class RollupEstimatesIT extends IntegrationTest {

    private static final double TOLERANCE = 1e-9;
    private static final EstimationOptions OPTIONS = EstimationOptions.DEFAULT;

    @Autowired
    SurveyFixtures fixtures;

    @Autowired
    SurveyAnalytics analytics;

    @Autowired
    AnalyticsRollups rollups;

    @Autowired
    RollupQueue queue;

    @Autowired
    DSLContext db;

    @Autowired
    RebuildOnStart rebuildOnStart;

    @Test
    void stratified_rollups_equal_the_engine_on_raw_rows_before_and_after_reviews() {
        long survey = fixtures.survey(false);
        keepGroups(survey);
        Random random = new Random(20261129L);
        List<Long> ids = fixtures.submit(survey, 260, random);
        checkEverything(survey, false);

        // review moves responses in and out of the counted statuses (submitted, approved)
        for (int i = 0; i < ids.size(); i += 7) {
            fixtures.review(ids.get(i), ResponseStatus.REJECTED);
        }
        for (int i = 3; i < ids.size(); i += 11) {
            fixtures.review(ids.get(i), ResponseStatus.RETURNED);
        }
        for (int i = 1; i < ids.size(); i += 5) {
            fixtures.review(ids.get(i), ResponseStatus.APPROVED);
        }
        fixtures.review(ids.get(3), ResponseStatus.SUBMITTED);
        checkEverything(survey, false);

        List<String> incremental = fixtures.rollupRows(survey);
        users.as(users.ensure("an-admin", Role.ADMIN, null), () -> rollups.rebuild(survey));
        assertThat(fixtures.rollupRows(survey)).as("a rebuild reproduces the incremental sums").isEqualTo(incremental)
                .anyMatch(row -> row.startsWith("group"));

        // the group queries did read the group rollups: without them, the rollups have nothing to say
        QuestionQuery query = QuestionQuery.of(survey, SurveyFixtures.SCORE).withPeriod(null);
        String leader = users.ensure("an-leader", Role.LEADER, null);
        assertThat(users.as(leader, () -> analytics.groupBreakdown(query, SurveyFixtures.SEX, Source.ROLLUP)).groups())
                .hasSize(2);
        db.execute("DELETE FROM analytics_group_rollup WHERE variable_id IN "
                + "(SELECT id FROM survey_variable WHERE questionnaire_id = ?)", survey);
        assertThat(users.as(leader, () -> analytics.groupBreakdown(query, SurveyFixtures.SEX, Source.ROLLUP)).groups())
                .isEmpty();
        assertThat(users.as(leader, () -> analytics.groupBreakdown(query, SurveyFixtures.SEX, Source.RAW)).groups())
                .hasSize(2);
    }

    /** The rollups keep the respondents' sex as a key group. */
    private void keepGroups(long survey) {
        users.as(users.ensure("an-admin", Role.ADMIN, null),
                () -> rollups.setGroups(survey, List.of(SurveyFixtures.SEX)));
        assertThat(users.as(users.ensure("an-leader", Role.LEADER, null), () -> analytics.groups(survey)))
                .containsExactly(SurveyFixtures.SEX);
    }

    @Test
    void queued_changes_count_once_whether_a_rebuild_comes_before_or_after_their_drain() {
        long survey = fixtures.survey(false);
        List<Long> ids = fixtures.submit(survey, 120, new Random(5L));
        for (int i = 0; i < ids.size(); i += 4) {
            fixtures.review(ids.get(i), ResponseStatus.REJECTED);
        }
        assertThat(queued(survey)).as("submissions and reviews only queue their changes").isGreaterThan(120);
        assertThat(fixtures.rollupRows(survey)).isEmpty();

        String admin = users.ensure("an-admin", Role.ADMIN, null);
        users.as(admin, () -> rollups.rebuild(survey));
        assertThat(queued(survey)).as("a rebuild leaves the queue to the drainer").isGreaterThan(120);
        queue.drainInBackground();
        assertThat(queued(survey)).isZero();
        List<String> drainedAfterRebuild = fixtures.rollupRows(survey);
        users.as(admin, () -> rollups.rebuild(survey));
        assertThat(fixtures.rollupRows(survey)).as("rebuilt with nothing queued").isEqualTo(drainedAfterRebuild)
                .isNotEmpty();
        checkEverything(survey, false);
    }

    @Test
    void a_database_from_before_the_day_rollups_gets_them_at_start_up() {
        long survey = fixtures.survey(false);
        fixtures.submit(survey, 60, new Random(9L));
        rollups.catchUp();
        List<String> kept = fixtures.rollupRows(survey);
        assertThat(kept).anyMatch(row -> row.startsWith("day"));
        db.execute("DELETE FROM analytics_day_rollup");
        rebuildOnStart.run(new DefaultApplicationArguments());
        assertThat(fixtures.rollupRows(survey)).isEqualTo(kept);
    }

    private int queued(long survey) {
        return db.resultQuery("SELECT COUNT(*) FROM analytics_rollup_queue q JOIN response r ON r.id = q.response_id "
                + "WHERE r.questionnaire_id = ?", survey).fetchSingle(0, Integer.class);
    }

    @Test
    void cluster_rollups_equal_the_engine_on_raw_rows() {
        long survey = fixtures.survey(true);
        List<Long> ids = fixtures.submit(survey, 220, new Random(7L));
        keepGroups(survey);
        for (int i = 0; i < ids.size(); i += 9) {
            fixtures.review(ids.get(i), ResponseStatus.REJECTED);
        }
        checkEverything(survey, true);
    }

    @Test
    void a_province_leader_sees_the_communes_of_the_province_and_nothing_beyond() {
        long survey = fixtures.survey(false);
        fixtures.submit(survey, 80, new Random(3L));
        String leader = users.ensure("an-leader-08", Role.LEADER, "08");
        QuestionQuery query = QuestionQuery.of(survey, SurveyFixtures.SATISFACTION);

        AreaBreakdown breakdown = users.as(leader, () -> analytics.areaBreakdown(query, Source.ROLLUP));
        assertThat(breakdown.scopeCode()).isEqualTo("08");
        assertThat(breakdown.areas()).isNotEmpty();
        Set<String> communes = new HashSet<>();
        fixtures.communes(4).get("08").forEach(c -> communes.add(c[2]));
        assertThat(breakdown.areas()).allSatisfy(row -> assertThat(communes).contains(row.code()));
        EstimateTable whole = users.as(leader, () -> analytics.estimates(query, false, Source.ROLLUP));
        EstimateTable province = users.as(users.ensure("an-leader", Role.LEADER, null),
                () -> analytics.estimates(query.withArea("08"), false, Source.ROLLUP));
        assertThat(whole.groups()).isEqualTo(province.groups());

        assertThatThrownBy(() -> users.as(leader, () -> analytics.estimates(query.withArea("01"), true, Source.ROLLUP)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("area_out_of_scope"));
    }

    // ------------------------------------------------------------------ the oracle

    private void checkEverything(long survey, boolean clustered) {
        String leader = users.ensure("an-leader", Role.LEADER, null);
        Raw raw = Raw.load(db, survey, clustered);
        for (boolean weighted : List.of(true, false)) {
            Sample sample = weighted ? raw.sample : raw.sample.unweighted();
            for (String question : List.of(SurveyFixtures.SATISFACTION, SurveyFixtures.CHANNELS, SurveyFixtures.SCORE)) {
                Answers answers = raw.answers(question);
                QuestionQuery query = QuestionQuery.of(survey, question).withWeighted(weighted);
                EstimateTable byMonth = new QuestionEstimates(OPTIONS).estimate(sample, answers, null, raw.months);
                EstimateTable byProvince = new QuestionEstimates(OPTIONS).estimate(sample, answers, raw.provinces, null);
                EstimateTable byCommune08 = new QuestionEstimates(OPTIONS).estimate(sample, answers, raw.communesOf("08"), null);
                EstimateTable byDay = new QuestionEstimates(OPTIONS).estimate(sample, answers, null, raw.days());
                EstimateTable byProvinceAndWeek = new QuestionEstimates(OPTIONS).estimate(sample, answers, raw.provinces,
                        raw.weeks());
                EstimateTable weeksOfFebruaryAndMarch = new QuestionEstimates(OPTIONS).estimate(sample, answers, null,
                        raw.weeksWithin(YearMonth.of(2026, 2), YearMonth.of(2026, 3)));
                QuestionQuery byWeek = query.withPeriod(PeriodKind.WEEK);
                // days that cut across months: read from the day rollups whatever the period
                LocalDate first = LocalDate.of(2026, 2, 10);
                LocalDate last = LocalDate.of(2026, 3, 20);
                EstimateTable monthsOfTheDays = new QuestionEstimates(OPTIONS).estimate(sample, answers, null,
                        raw.within(raw.months, first, last));
                EstimateTable provincesOfTheDays = new QuestionEstimates(OPTIONS).estimate(sample, answers,
                        raw.within(raw.provinces, first, last), null);
                assertThat(users.as(leader, () -> List.of(analytics.fromRollups(query.withPeriod(PeriodKind.DAY), false, true,
                        null), analytics.fromRollups(byWeek, true, true, null), analytics.fromRollups(byWeek.withArea("08"),
                        true, true, null), analytics.fromRollups(query.withDays(first, last), false, true, null),
                        analytics.fromRollups(query.withArea("08").withDays(first, last), true, false, null))))
                        .as("by day; provinces by week; communes of 08 by week; months of some days; communes of 08 then")
                        .containsExactly(true, true, false, true, false);
                for (Source source : Source.values()) {
                    String what = question + " weighted=" + weighted + " " + source;
                    same(users.as(leader, () -> analytics.estimates(query, false, source)), byMonth, what + " by month");
                    same(users.as(leader, () -> analytics.estimates(query.withPeriod(null), true, source)), byProvince,
                            what + " by province");
                    same(users.as(leader, () -> analytics.estimates(query.withPeriod(null).withArea("08"), true, source)),
                            byCommune08, what + " communes of 08");
                    same(users.as(leader, () -> analytics.estimates(query.withPeriod(PeriodKind.DAY), false, source)), byDay,
                            what + " by day");
                    same(users.as(leader, () -> analytics.estimates(byWeek, true, source)), byProvinceAndWeek,
                            what + " by province and week");
                    same(users.as(leader, () -> analytics.estimates(byWeek.withRange(YearMonth.of(2026, 2),
                            YearMonth.of(2026, 3)), false, source)), weeksOfFebruaryAndMarch, what + " weeks of Feb–Mar");
                    same(users.as(leader, () -> analytics.estimates(query.withDays(first, last), false, source)),
                            monthsOfTheDays, what + " months of 10/02–20/03");
                    same(users.as(leader, () -> analytics.estimates(query.withPeriod(null).withDays(first, last), true,
                            source)), provincesOfTheDays, what + " provinces over 10/02–20/03");
                }
                checkGroups(query, raw, sample, answers);
            }
            // cross-tab of satisfaction by province: Rao-Scott from sums = from raw rows
            String[] levels = raw.answers(SurveyFixtures.SATISFACTION) instanceof Answers.SingleChoice single
                    ? single.choices().toArray(String[]::new) : null;
            Association expected = RaoScott.association(sample, levels, raw.provinces.toArray(String[]::new));
            for (Source source : Source.values()) {
                CrossTab tab = users.as(leader, () -> analytics.crossTab(QuestionQuery.of(survey, SurveyFixtures.SATISFACTION)
                        .withPeriod(null).withWeighted(weighted), source));
                assertThat(tab.association().rows()).isEqualTo(expected.rows());
                assertThat(tab.association().columns()).isEqualTo(expected.columns());
                close(tab.association().pearson(), expected.pearson(), "pearson");
                close(tab.association().statistic(), expected.statistic(), "F " + source);
                close(tab.association().numeratorDf(), expected.numeratorDf(), "df1");
                close(tab.association().denominatorDf(), expected.denominatorDf(), "df2");
                close(tab.association().pValue(), expected.pValue(), "p");
            }
            // changes from month to month and area against the others: GroupComparison on raw rows
            double[] score = raw.numbers(SurveyFixtures.SCORE);
            QuestionTrend trend = users.as(leader, () -> analytics.trend(QuestionQuery.of(survey, SurveyFixtures.SCORE)
                    .withWeighted(weighted), Source.ROLLUP));
            List<vn.pulse.statistics.Trend.PeriodChange> changes = trend.options().getFirst().changes();
            assertThat(changes).hasSize(5);
            for (var change : changes) {
                Difference d = new GroupComparison(OPTIONS).means(sample, score,
                        Domains.of(raw.months.toArray(String[]::new), change.from()),
                        Domains.of(raw.months.toArray(String[]::new), change.to()));
                same(change.change(), d, "change " + change.from() + " → " + change.to());
            }
            // week to week, from the day rollups: one axis point per ISO week, gaps included
            QuestionTrend weekly = users.as(leader, () -> analytics.trend(QuestionQuery.of(survey, SurveyFixtures.SCORE)
                    .withWeighted(weighted).withPeriod(PeriodKind.WEEK), Source.ROLLUP));
            String[] weeks = raw.weeks().toArray(String[]::new);
            assertThat(weekly.periods()).startsWith("2026-W01").endsWith("2026-W26")
                    .hasSize(PeriodKind.WEEK.between("2026-W01", "2026-W26").size());
            assertThat(weekly.options().getFirst().changes()).hasSizeGreaterThan(20);
            for (var change : weekly.options().getFirst().changes()) {
                same(change.change(), new GroupComparison(OPTIONS).means(sample, score, Domains.of(weeks, change.from()),
                        Domains.of(weeks, change.to())), "change " + change.from() + " → " + change.to());
            }
            AreaBreakdown breakdown = users.as(leader, () -> analytics.areaBreakdown(
                    QuestionQuery.of(survey, SurveyFixtures.SCORE).withPeriod(null).withWeighted(weighted), Source.ROLLUP));
            assertThat(breakdown.areas()).extracting(AreaBreakdown.AreaRow::code).containsExactlyInAnyOrder("01", "08", "79");
            for (AreaBreakdown.AreaRow row : breakdown.areas()) {
                boolean[] inside = Domains.of(raw.provinces.toArray(String[]::new), row.code());
                boolean[] others = new boolean[inside.length];
                for (int i = 0; i < others.length; i++) {
                    others[i] = !inside[i];
                }
                same(row.versusOthers().getFirst(), new GroupComparison(OPTIONS).means(sample, score, others, inside),
                        "area " + row.code());
            }
        }
    }

    /**
     * By sex, by sex and month, and only women (by province, by month, in the communes of 08, where
     * the rollups give way to the raw answers): the engine sees the groups as domains of the whole sample.
     */
    private void checkGroups(QuestionQuery query, Raw raw, Sample sample, Answers answers) {
        String leader = users.ensure("an-leader", Role.LEADER, null);
        List<String> sex = raw.single(SurveyFixtures.SEX);
        QuestionQuery.Group women = new QuestionQuery.Group(SurveyFixtures.SEX, "nu");
        QuestionEstimates engine = new QuestionEstimates(OPTIONS);
        EstimateTable bySex = engine.estimate(sample, answers, sex, null);
        EstimateTable bySexAndMonth = engine.estimate(sample, answers, sex, raw.months);
        EstimateTable womenByProvince = engine.estimate(sample, answers, only(raw.provinces, sex, "nu"), null);
        EstimateTable womenByMonth = engine.estimate(sample, answers, null, only(raw.months, sex, "nu"));
        EstimateTable womenByWeek = engine.estimate(sample, answers, null, only(raw.weeks(), sex, "nu"));
        EstimateTable womenInCommunesOf08 = engine.estimate(sample, answers, only(raw.communesOf("08"), sex, "nu"), null);
        EstimateTable womenBySex = engine.estimate(sample, answers, only(sex, sex, "nu"), null);
        QuestionQuery whole = query.withPeriod(null);
        // what the group rollups answer at once (when they keep sex), and what falls back to the raw answers
        boolean kept = users.as(leader, () -> analytics.groups(query.questionnaireId())).contains(SurveyFixtures.SEX);
        assertThat(users.as(leader, () -> List.of(analytics.fromRollups(whole, false, false, null),
                analytics.fromRollups(whole.withGroup(women), true, false, null),
                analytics.fromRollups(whole.withGroup(women), false, false, SurveyFixtures.SEX),
                analytics.fromRollups(query.withGroup(women), false, true, null),
                analytics.fromRollups(whole.withArea("08").withGroup(women), true, false, null))))
                .as("everyone; women by province; women by sex; women by month; women in the communes of 08")
                .containsExactly(true, kept, kept, false, false);
        for (Source source : Source.values()) {
            String what = query.question() + " weighted=" + query.weighted() + " " + source;
            same(users.as(leader, () -> analytics.estimatesBy(query.withPeriod(null), SurveyFixtures.SEX, source)), bySex,
                    what + " by sex");
            same(users.as(leader, () -> analytics.estimatesBy(query, SurveyFixtures.SEX, source)), bySexAndMonth,
                    what + " by sex and month");
            same(users.as(leader, () -> analytics.estimates(query.withPeriod(null).withGroup(women), true, source)),
                    womenByProvince, what + " women by province");
            same(users.as(leader, () -> analytics.estimates(query.withGroup(women), false, source)), womenByMonth,
                    what + " women by month");
            same(users.as(leader, () -> analytics.estimates(query.withGroup(women).withPeriod(PeriodKind.WEEK), false,
                    source)), womenByWeek, what + " women by week");
            same(users.as(leader, () -> analytics.estimates(query.withPeriod(null).withArea("08").withGroup(women), true,
                    source)), womenInCommunesOf08, what + " women in the communes of 08");
            same(users.as(leader, () -> analytics.estimatesBy(whole.withGroup(women), SurveyFixtures.SEX, source)),
                    womenBySex, what + " women by sex");
            GroupBreakdown breakdown = users.as(leader, () -> analytics.groupBreakdown(query.withPeriod(null),
                    SurveyFixtures.SEX, source));
            assertThat(breakdown.groups()).extracting(AreaBreakdown.AreaRow::code).containsExactly("nam", "nu");
            String[] sexes = sex.toArray(String[]::new);
            for (AreaBreakdown.AreaRow row : breakdown.groups()) {
                EstimateTable.Group expected = bySex.groups().stream().filter(g -> g.by().equals(row.code())).findFirst()
                        .orElseThrow();
                for (int k = 0; k < expected.estimates().size(); k++) {
                    same(row.estimates().get(k).estimate(), expected.estimates().get(k).estimate(), what + " " + row.code());
                }
                if (query.question().equals(SurveyFixtures.SCORE)) {
                    Difference versusOthers = new GroupComparison(OPTIONS).means(sample, raw.numbers(SurveyFixtures.SCORE),
                            Domains.of(sexes, row.code().equals("nam") ? "nu" : "nam"), Domains.of(sexes, row.code()));
                    same(row.versusOthers().getFirst(), versusOthers, what + " " + row.code() + " against the others");
                }
            }
        }
    }

    /** The labels of the respondents whose {@code group} is {@code choice}; null for the others. */
    private static List<String> only(List<String> labels, List<String> group, String choice) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            result.add(choice.equals(group.get(i)) ? labels.get(i) : null);
        }
        return result;
    }

    private static void same(EstimateTable actual, EstimateTable expected, String what) {
        assertThat(actual.design()).as(what).isEqualTo(expected.design());
        assertThat(actual.groups()).as(what).hasSameSizeAs(expected.groups()).isNotEmpty();
        for (int g = 0; g < expected.groups().size(); g++) {
            EstimateTable.Group a = actual.groups().get(g);
            EstimateTable.Group e = expected.groups().get(g);
            assertThat(List.of(String.valueOf(a.by()), String.valueOf(a.period()), String.valueOf(a.n())))
                    .as(what).isEqualTo(List.of(String.valueOf(e.by()), String.valueOf(e.period()), String.valueOf(e.n())));
            assertThat(a.estimates()).as(what).hasSameSizeAs(e.estimates());
            for (int k = 0; k < e.estimates().size(); k++) {
                assertThat(a.estimates().get(k).option()).isEqualTo(e.estimates().get(k).option());
                same(a.estimates().get(k).estimate(), e.estimates().get(k).estimate(),
                        what + " " + e.by() + "/" + e.period() + "/" + e.estimates().get(k).option());
            }
        }
    }

    private static void same(Estimate a, Estimate e, String what) {
        assertThat(a.suppressed()).as(what + " suppressed").isEqualTo(e.suppressed());
        assertThat(a.n()).as(what + " n").isEqualTo(e.n());
        close(a.estimate(), e.estimate(), what + " estimate");
        close(a.se(), e.se(), what + " se");
        close(a.ciLow(), e.ciLow(), what + " ciLow");
        close(a.ciHigh(), e.ciHigh(), what + " ciHigh");
        close(a.df(), e.df(), what + " df");
        close(a.deff(), e.deff(), what + " deff");
    }

    private static void same(Difference a, Difference e, String what) {
        assertThat(a.suppressed()).as(what).isEqualTo(e.suppressed());
        close(a.difference(), e.difference(), what + " difference");
        close(a.se(), e.se(), what + " se");
        close(a.df(), e.df(), what + " df");
        close(a.pValue(), e.pValue(), what + " p");
    }

    private static void close(double actual, double expected, String what) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what).isNaN();
        } else {
            assertThat(actual).as(what).isCloseTo(expected,
                    org.assertj.core.data.Offset.offset(TOLERANCE * Math.max(1, Math.abs(expected))));
        }
    }

    /** The counted responses of a survey, read straight from the V20 tables, in a statistics Sample. */
    private record Raw(DSLContext db, List<Long> ids, Map<Long, Integer> index, Sample sample, List<String> provinces,
                       List<String> communes, List<String> months, List<LocalDate> dates) {

        static Raw load(DSLContext db, long survey, boolean clustered) {
            List<Long> ids = new ArrayList<>();
            List<String> strata = new ArrayList<>();
            List<String> clusters = new ArrayList<>();
            List<String> paths = new ArrayList<>();
            List<String> months = new ArrayList<>();
            List<LocalDate> dates = new ArrayList<>();
            db.resultQuery("SELECT id, stratum, cluster, area_path, interview_date FROM response WHERE questionnaire_id = ? "
                    + "AND status IN ('SUBMITTED', 'APPROVED') ORDER BY id", survey).forEach(r -> {
                ids.add(r.get(0, Long.class));
                strata.add(r.get(1, String.class));
                clusters.add(r.get(2, String.class));
                paths.add(r.get(3, String.class));
                months.add(YearMonth.from(r.get(4, LocalDate.class)).toString());
                dates.add(r.get(4, LocalDate.class));
            });
            Map<Long, Integer> index = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                index.put(ids.get(i), i);
            }
            Map<String, Double> population = Map.of("01", 850_000.0, "08", 420_000.0, "79", 1_100_000.0);
            Sample sample;
            if (clustered) {
                Map<String, Long> sampled = new HashMap<>();
                strata.forEach(s -> sampled.merge(s, 1L, Long::sum));
                List<SampleUnit> units = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    units.add(new SampleUnit(strata.get(i), clusters.get(i),
                            population.get(strata.get(i)) / sampled.get(strata.get(i))));
                }
                sample = Sample.of(new Design(vn.pulse.statistics.DesignType.CLUSTER, Map.of(), LonelyPsu.ADJUST), units);
            } else {
                List<SampleUnit> units = strata.stream().map(s -> new SampleUnit(s, null, 1)).toList();
                sample = DesignWeights.fromPopulation(Sample.of(Design.stratified(population).withLonelyPsu(LonelyPsu.ADJUST),
                        units));
            }
            List<String> provinces = paths.stream().map(p -> p.substring(1, p.indexOf('/', 1))).toList();
            List<String> communes = paths.stream().map(p -> p.substring(p.indexOf('/', 1) + 1, p.length() - 1)).toList();
            return new Raw(db, ids, index, sample, provinces, communes, months, dates);
        }

        /** The labels of the respondents interviewed from {@code first} to {@code last}; null for the others. */
        List<String> within(List<String> labels, LocalDate first, LocalDate last) {
            List<String> result = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                boolean inside = !dates.get(i).isBefore(first) && !dates.get(i).isAfter(last);
                result.add(inside ? labels.get(i) : null);
            }
            return result;
        }

        List<String> days() {
            return dates.stream().map(PeriodKind.DAY::label).toList();
        }

        List<String> weeks() {
            return weeksWithin(YearMonth.of(2000, 1), YearMonth.of(2999, 12));
        }

        /** ISO weeks of the interviews in these months (a week cut by the range holds only its days inside). */
        List<String> weeksWithin(YearMonth first, YearMonth last) {
            return dates.stream().map(d -> YearMonth.from(d).isBefore(first) || YearMonth.from(d).isAfter(last) ? null
                    : PeriodKind.WEEK.label(d)).toList();
        }

        List<String> communesOf(String province) {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                labels.add(provinces.get(i).equals(province) ? communes.get(i) : null);
            }
            return labels;
        }

        private List<org.jooq.Record> stored(String question) {
            return db.resultQuery("SELECT a.response_id, a.choice, a.num_value FROM response_answer a JOIN survey_variable v "
                    + "ON v.id = a.variable_id JOIN response r ON r.id = a.response_id WHERE v.name = ? "
                    + "AND v.questionnaire_id = r.questionnaire_id AND r.id IN (" + ids.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(",")) + ")", question).fetch().stream()
                    .map(r -> (org.jooq.Record) r).toList();
        }

        /** The answers to a single-choice question, null where there is none. */
        List<String> single(String question) {
            List<String> choices = new ArrayList<>(java.util.Collections.nCopies(ids.size(), (String) null));
            stored(question).forEach(r -> choices.set(index.get(r.get(0, Long.class)), r.get(1, String.class)));
            return choices;
        }

        double[] numbers(String question) {
            double[] values = new double[ids.size()];
            java.util.Arrays.fill(values, Double.NaN);
            stored(question).forEach(r -> values[index.get(r.get(0, Long.class))] = r.get(2, Double.class));
            return values;
        }

        Answers answers(String question) {
            return switch (question) {
                case SurveyFixtures.SCORE -> new Answers.Numeric(java.util.Arrays.stream(numbers(question))
                        .mapToObj(v -> Double.isNaN(v) ? null : v).toList());
                case SurveyFixtures.SATISFACTION -> new Answers.SingleChoice(single(question), SurveyFixtures.LEVELS);
                default -> {
                    List<Set<String>> selected = new ArrayList<>(java.util.Collections.nCopies(ids.size(), (Set<String>) null));
                    stored(question).forEach(r -> {
                        int i = index.get(r.get(0, Long.class));
                        if (selected.get(i) == null) {
                            selected.set(i, new HashSet<>());
                        }
                        selected.get(i).add(r.get(1, String.class));
                    });
                    yield new Answers.MultipleChoice(selected, SurveyFixtures.CHANNEL_OPTIONS);
                }
            };
        }
    }
}
