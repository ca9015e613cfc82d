package vn.pulse.demo;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import vn.pulse.analytics.AnalyticsRollups;
import vn.pulse.analytics.QuestionQuery;
import vn.pulse.analytics.QuestionTrend;
import vn.pulse.analytics.Source;
import vn.pulse.analytics.SurveyAnalytics;
import vn.pulse.base.PulseProperties;
import vn.pulse.fieldwork.SubmissionService;
import vn.pulse.reporting.PeriodicReportTiming;
import vn.pulse.statistics.PeriodKind;
import vn.pulse.support.Percentile;

/**
 * What the benchmark measures, in one run on one database:
 * <ol>
 * <li>ingest: N generated responses written with plain JDBC batches (1,000 responses per
 * transaction; the yardstick), and the same responses (all N, or the first {@code pipelineResponses}
 * of them when the pipeline would take too long) through the submission pipeline (validation,
 * stratum and PSU, events, rollup queue, audit), each into its own questionnaire; responses per
 * second, and how long the rollups took to catch up after the last submission (the drainer works
 * alongside the ingest, as it does in production);</li>
 * <li>the rollup rebuild of the JDBC-loaded questionnaire;</li>
 * <li>dashboard queries on that questionnaire of N responses (trend with band, area breakdown,
 * cross-tab with the Rao–Scott test) through the rollups and through a raw GROUP BY: p50 and p95 of
 * warm runs, and whether both give the same estimates;</li>
 * <li>in headless Chromium (when installed), the time from asking for the leader's overview and
 * for the question explorer to their charts being drawn ({@link DashboardTiming});</li>
 * <li>the monthly periodic report of a province as PDF, its survey section read from the rollups of
 * the N responses ({@link PeriodicReportTiming}).</li>
 * </ol>
 * Making the responses (the random answer model) is not timed: both paths get slices made beforehand.
 */
final class BenchmarkRun {

    /** Responses made at a time: about 700 per surveyor, so the pipeline gets batches near its maximum. */
    private static final int SLICE = 50_000;
    private static final int JDBC_BATCH = 1_000;
    private static final int WARM_UP = 3;
    private static final Logger log = LoggerFactory.getLogger(BenchmarkRun.class);

    private final DemoWorld world;
    private final SubmissionService submissions;
    private final DataSource dataSource;
    private final AnalyticsRollups rollups;
    private final SurveyAnalytics analytics;
    private final ZoneId zone;
    private final String baseUrl;
    private final ApplicationContext context;

    private BenchmarkRun(DemoWorld world, SubmissionService submissions, DataSource dataSource,
            AnalyticsRollups rollups, SurveyAnalytics analytics, ZoneId zone, String baseUrl, ApplicationContext context) {
        this.world = world;
        this.submissions = submissions;
        this.dataSource = dataSource;
        this.rollups = rollups;
        this.analytics = analytics;
        this.zone = zone;
        this.baseUrl = baseUrl;
        this.context = context;
    }

    static BenchmarkRun of(ApplicationContext context) {
        return new BenchmarkRun(context.getBean(DemoWorld.class), context.getBean(SubmissionService.class),
                context.getBean(DataSource.class), context.getBean(AnalyticsRollups.class),
                context.getBean(SurveyAnalytics.class), context.getBean(PulseProperties.class).timeZone(),
                "http://localhost:" + context.getEnvironment().getProperty("local.server.port"), context);
    }

    /** Runs everything as the caller (a national administrator, e.g. the system user). */
    Map<String, Object> run(int responses, int pipelineResponses, int repeats) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("responses", responses);
        result.put("pipelineResponses", pipelineResponses);
        result.put("cores", Runtime.getRuntime().availableProcessors());
        result.put("java", Runtime.version().toString());
        result.put("server", server());
        DemoPlan jdbcPlan = plan(responses, "bench_jdbc");
        DemoPlan pipelinePlan = plan(pipelineResponses, "bench_pipeline");
        DemoWorld.Setup jdbcSetup = world.prepare(jdbcPlan);
        DemoWorld.Setup pipelineSetup = world.prepare(pipelinePlan);
        for (DemoWorld.Setup setup : List.of(jdbcSetup, pipelineSetup)) {
            rollups.setGroups(setup.form().questionnaireId(), DemoWorld.GROUPS);
        }

        Map<String, Object> ingest = new LinkedHashMap<>();
        JdbcResponseWriter jdbc = new JdbcResponseWriter(dataSource, jdbcSetup.form());
        ingest.put("jdbc", ingest("plain JDBC batch", jdbcPlan, jdbcSetup, JDBC_BATCH, jdbc));
        long rebuild = System.nanoTime();
        rollups.rebuild(jdbcSetup.form().questionnaireId());
        ingest.put("rollupRebuildSeconds", seconds(System.nanoTime() - rebuild));
        log.info("rollup rebuild: {} s", ingest.get("rollupRebuildSeconds"));
        PipelineResponseWriter pipeline = new PipelineResponseWriter(submissions,
                pipelineSetup.form().questionnaireId(), pipelineSetup.form().version());
        Map<String, Object> piped = ingest("submission pipeline", pipelinePlan, pipelineSetup, SLICE, pipeline);
        long catchUp = System.nanoTime();
        int queued = rollups.catchUp();
        double caughtUp = seconds(System.nanoTime() - catchUp);
        piped.put("rollupChangesLeftAtEnd", queued);
        piped.put("rollupCatchUpSeconds", caughtUp);
        piped.put("responsesPerSecondWithRollupsCaughtUp", (int) piped.get("stored") / ((double) piped.get("seconds") + caughtUp));
        log.info("rollups caught up {} queued changes in {} s after the last submission", queued, caughtUp);
        ingest.put("pipeline", piped);
        double jdbcRate = rate(ingest, "jdbc");
        double pipelineRate = rate(ingest, "pipeline");
        ingest.put("pipelineShareOfJdbc", pipelineRate / jdbcRate);
        ingest.put("pipelineWithRollupsShareOfJdbc", (double) piped.get("responsesPerSecondWithRollupsCaughtUp") / jdbcRate);
        result.put("ingest", ingest);

        // queries read the questionnaire with all N responses (its rollups rebuilt above; the query path is
        // the same whether rollups were rebuilt or kept up incrementally)
        long survey = jdbcSetup.form().questionnaireId();
        QuestionQuery satisfaction = QuestionQuery.of(survey, "hai_long_chinh_sach");
        QuestionQuery merger = QuestionQuery.of(survey, "dong_tinh_sap_nhap");
        Map<String, Object> queries = new LinkedHashMap<>();
        queries.put("trendWithBand", compare(repeats, s -> analytics.trend(satisfaction, s), BenchmarkRun::estimates));
        YearMonth thisMonth = YearMonth.now(zone);
        queries.put("dailyTrendOfTwoMonths", compare(repeats, s -> analytics.trend(satisfaction.withPeriod(PeriodKind.DAY)
                .withRange(thisMonth.minusMonths(1), thisMonth), s), BenchmarkRun::estimates));
        queries.put("weeklyTrend", compare(repeats, s -> analytics.trend(satisfaction.withPeriod(PeriodKind.WEEK), s),
                BenchmarkRun::estimates));
        queries.put("areaBreakdown", compare(repeats, s -> analytics.areaBreakdown(satisfaction, s),
                b -> b.areas().stream().flatMap(a -> a.estimates().stream()).map(e -> e.estimate()).toList()));
        queries.put("crossTab", compare(repeats, s -> analytics.crossTab(merger, s),
                c -> c.association() == null ? List.of() : List.of(c.association().pValue())));
        queries.put("groupBreakdown", compare(repeats, s -> analytics.groupBreakdown(satisfaction, "nhom_tuoi", s),
                b -> b.groups().stream().flatMap(g -> g.estimates().stream()).map(e -> e.estimate()).toList()));
        QuestionQuery women = satisfaction.withGroup(new QuestionQuery.Group("gioi_tinh", "nu"));
        queries.put("areasOfOneGroup", compare(repeats, s -> analytics.areaBreakdown(women, s),
                b -> b.areas().stream().flatMap(a -> a.estimates().stream()).map(e -> e.estimate()).toList()));
        result.put("queries", queries);
        result.put("browser", DashboardTiming.measure(baseUrl, survey, "hai_long_chinh_sach", Math.max(5, repeats / 2)));
        result.put("periodicReport", PeriodicReportTiming.measure(context, DemoPlan.DEMO_PROVINCE,
                YearMonth.now(zone).minusMonths(1), Math.max(5, repeats / 2)));
        return result;
    }

    private static List<Object> estimates(QuestionTrend trend) {
        return trend.options().stream().flatMap(o -> o.points().stream()).map(p -> (Object) p.estimate()).toList();
    }

    /** The browser phase alone, on the database's questionnaire with the most responses, as it stands. */
    Map<String, Object> browser(int repeats) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("server", server());
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT questionnaire_id, COUNT(*) FROM response GROUP BY questionnaire_id"
                     + " ORDER BY COUNT(*) DESC LIMIT 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("the database holds no responses");
            }
            result.put("responses", rs.getLong(2));
            result.put("browser", DashboardTiming.measure(baseUrl, rs.getLong(1), "hai_long_chinh_sach", repeats));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    /** The server's version and buffer pool: the figures depend on both. */
    private String server() {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT VERSION(), @@innodb_buffer_pool_size")) {
            rs.next();
            return "MariaDB " + rs.getString(1) + ", buffer pool " + rs.getLong(2) / (1 << 20) + " MB";
        } catch (java.sql.SQLException e) {
            return "unknown: " + e.getMessage();
        }
    }

    private DemoPlan plan(int responses, String code) {
        return new DemoPlan(responses, 100, java.time.LocalDate.now(zone).minusDays(1), 24, List.of(),
                DemoPlan.DEMO_PROVINCE, DemoPlan.DEMO_PROVINCE, code, "bench", false, false);
    }

    private Map<String, Object> ingest(String label, DemoPlan plan, DemoWorld.Setup setup, int slice,
            ResponseSink sink) {
        ResponsePlanner planner = new ResponsePlanner(plan, zone, setup.provinces(), setup.sites(), setup.workers());
        long answers = 0;
        long nanos = 0;
        int stored = 0;
        for (int from = 0; from < plan.responses(); from += slice) {
            List<GeneratedResponse> batch = planner.slice(from, Math.min(plan.responses(), from + slice));
            for (GeneratedResponse r : batch) {
                answers += ResponseRows.answers(setup.form(), r).size();
            }
            long start = System.nanoTime();
            stored += sink.write(batch);
            nanos += System.nanoTime() - start;
            if ((from / slice) % 10 == 0) {
                log.info("{}: {} of {} responses", label, Math.min(plan.responses(), from + slice), plan.responses());
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("stored", stored);
        figures.put("answers", answers);
        figures.put("seconds", seconds(nanos));
        figures.put("responsesPerSecond", stored / seconds(nanos));
        figures.put("answersPerSecond", answers / seconds(nanos));
        log.info("{}: {} responses ({} answers) in {} s", label, stored, answers, seconds(nanos));
        return figures;
    }

    /** p50/p95 of warm runs through each source, and whether both sources give the same estimates. */
    private <T> Map<String, Object> compare(int repeats, java.util.function.Function<Source, T> query,
            java.util.function.Function<T, List<?>> numbers) {
        Map<String, Object> figures = new LinkedHashMap<>();
        List<?> fromRollups = numbers.apply(query.apply(Source.ROLLUP));
        List<?> fromRaw = numbers.apply(query.apply(Source.RAW));
        figures.put("rollup", timings(WARM_UP, repeats, () -> query.apply(Source.ROLLUP)));
        // the comparison above warmed the raw query: a 1M GROUP BY runs for half a minute, more warm-ups teach nothing
        figures.put("raw", timings(0, Math.max(5, repeats / 2), () -> query.apply(Source.RAW)));
        figures.put("sameEstimates", same(fromRollups, fromRaw));
        figures.put("values", fromRollups.size());
        log.info("query: {}", figures);
        return figures;
    }

    private Map<String, Object> timings(int warmUp, int repeats, Supplier<Object> query) {
        for (int i = 0; i < warmUp; i++) {
            query.get();
        }
        double[] millis = new double[repeats];
        int failed = 0;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            try {
                query.get();
            } catch (org.springframework.dao.DataAccessException e) {
                // a shared machine's /tmp cleaners have deleted MariaDB's on-disk temporary tables mid-query:
                // count the failure, time the run again
                log.warn("query failed, run again: {}", e.getMostSpecificCause().getMessage());
                if (++failed > 3) {
                    throw e;
                }
                i--;
                continue;
            }
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("runs", repeats);
        figures.put("failedRuns", failed);
        figures.put("p50Millis", Percentile.nearestRank(millis, 0.50));
        figures.put("p95Millis", Percentile.nearestRank(millis, 0.95));
        figures.put("maxMillis", millis[millis.length - 1]);
        return figures;
    }

    /** Estimates from rollups and raw rows agree to 1e-9 (relative), standard errors and intervals included. */
    private static boolean same(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!close(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean close(Object x, Object y) {
        if (x instanceof Double dx && y instanceof Double dy) {
            return Math.abs(dx - dy) <= 1e-9 * Math.max(1, Math.abs(dx)) || dx.isNaN() && dy.isNaN();
        }
        if (x instanceof vn.pulse.statistics.Estimate ex && y instanceof vn.pulse.statistics.Estimate ey) {
            return ex.n() == ey.n() && close(ex.estimate(), ey.estimate()) && close(ex.se(), ey.se())
                    && close(ex.ciLow(), ey.ciLow()) && close(ex.ciHigh(), ey.ciHigh());
        }
        return java.util.Objects.equals(x, y);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    @SuppressWarnings("unchecked")
    private static double rate(Map<String, Object> ingest, String path) {
        return (double) ((Map<String, Object>) ingest.get(path)).get("responsesPerSecond");
    }

    /** The figures as people read them in a terminal. */
    @SuppressWarnings("unchecked")
    static String table(Map<String, Object> result) {
        Map<String, Object> ingest = (Map<String, Object>) result.get("ingest");
        Map<String, Object> jdbc = (Map<String, Object>) ingest.get("jdbc");
        Map<String, Object> pipeline = (Map<String, Object>) ingest.get("pipeline");
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Pulse benchmark: %,d responses (%,d through the pipeline), %s cores, Java %s, %s".formatted(
                result.get("responses"), result.get("pipelineResponses"), result.get("cores"), result.get("java"),
                result.get("server")));
        lines.add("Ingest                     responses/s   answers/s   seconds");
        lines.add("  plain JDBC batch        %11.0f %11.0f %9.1f".formatted(jdbc.get("responsesPerSecond"),
                jdbc.get("answersPerSecond"), jdbc.get("seconds")));
        lines.add("  submission pipeline     %11.0f %11.0f %9.1f".formatted(pipeline.get("responsesPerSecond"),
                pipeline.get("answersPerSecond"), pipeline.get("seconds")));
        lines.add("  pipeline / JDBC: %.0f%%   with the rollups caught up: %.0f%% (%.1f s after the last submission)".formatted(
                100 * (double) ingest.get("pipelineShareOfJdbc"), 100 * (double) ingest.get("pipelineWithRollupsShareOfJdbc"),
                pipeline.get("rollupCatchUpSeconds")));
        lines.add("  rollup rebuild after the JDBC load: %.1f s".formatted(ingest.get("rollupRebuildSeconds")));
        lines.add("Dashboard queries (warm)   rollup p50/p95 ms      raw GROUP BY p50/p95 ms   same estimates");
        ((Map<String, Object>) result.get("queries")).forEach((name, value) -> {
            Map<String, Object> q = (Map<String, Object>) value;
            Map<String, Object> rollup = (Map<String, Object>) q.get("rollup");
            Map<String, Object> raw = (Map<String, Object>) q.get("raw");
            lines.add("  %-22s %9.1f / %-9.1f %12.1f / %-9.1f %s".formatted(name, rollup.get("p50Millis"),
                    rollup.get("p95Millis"), raw.get("p50Millis"), raw.get("p95Millis"), q.get("sameEstimates")));
        });
        lines.add("Dashboards in Chromium     cold ms    warm p50/p95 ms   (asked for → charts drawn)");
        ((Map<String, Object>) result.get("browser")).forEach((name, value) -> {
            if (value instanceof Map<?, ?> b) {
                lines.add("  %-22s %8.0f %9.0f / %-9.0f".formatted(name, b.get("coldMillis"), b.get("p50Millis"),
                        b.get("p95Millis")));
            } else {
                lines.add("  " + name + ": " + value);
            }
        });
        Map<String, Object> report = (Map<String, Object>) result.get("periodicReport");
        lines.add("Periodic report PDF (province %s, last month): p50 %s ms, p95 %s ms, %s bytes, survey tables %s".formatted(
                DemoPlan.DEMO_PROVINCE, report.get("p50Ms"), report.get("p95Ms"), report.get("pdfBytes"), report.get("surveySheets")));
        return String.join(System.lineSeparator(), lines);
    }
}
