package vn.pulse.demo;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pulse.analytics.AnalyticsRollups;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.DomainException;
import vn.pulse.base.PulseProperties;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;
import vn.pulse.base.security.SystemUser;
import vn.pulse.fieldwork.SubmissionService;
import vn.pulse.opinion.OpinionReportImport;
import vn.pulse.opinion.SubmissionResult;

/**
 * Realistic Vietnamese demo data on demand: a published probability questionnaire, responses
 * over 24 months and the 34 provinces with planted trends, collaborators' opinion reports with a
 * hot issue flaring in one province, and one surveyor who fabricates interviews (see
 * {@link Respondents} and {@link OpinionReports} for what is planted). National administrators
 * start a run from the UI ({@link #start}) and watch its {@link #progress}; the command line, the
 * start-up seeding and the benchmark call {@link #generate} directly. One run at a time.
 */
@Service
public class DemoDataService {

    /** Responses made and written at a time; the pipeline writer splits them by surveyor. */
    static final int BATCH = 5000;
    private static final Logger log = LoggerFactory.getLogger(DemoDataService.class);

    private final DemoWorld world;
    private final OpinionReportImport reports;
    private final SubmissionService submissions;
    private final DataSource dataSource;
    private final AnalyticsRollups rollups;
    private final AuditTrail audit;
    private final PulseProperties pulse;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AtomicReference<DemoProgress> current = new AtomicReference<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "demo-data");
        t.setDaemon(true);
        return t;
    });

    DemoDataService(DemoWorld world, OpinionReportImport reports, SubmissionService submissions,
            DataSource dataSource, AnalyticsRollups rollups,
            AuditTrail audit, PulseProperties pulse, TransactionTemplate transaction, Clock clock) {
        this.world = world;
        this.reports = reports;
        this.submissions = submissions;
        this.dataSource = dataSource;
        this.rollups = rollups;
        this.audit = audit;
        this.pulse = pulse;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The standard plan: all provinces, 24 months up to yesterday, through the submission pipeline. */
    public DemoPlan standardPlan(int responses, long seed) {
        return DemoPlan.standard(responses, seed, LocalDate.now(clock.withZone(pulse.timeZone())).minusDays(1));
    }

    /** Starts a run in the background; refused while another one runs. */
    @RolesAllowed(Role.ADMIN_NAME)
    public DemoProgress start(DemoPlan plan) {
        requireNational();
        transaction.executeWithoutResult(tx -> audit.record("demo.requested", "demo", plan.seed(), null, describe(plan)));
        return startInBackground(plan);
    }

    /** The current or last run of this instance. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Optional<DemoProgress> progress() {
        return Optional.ofNullable(current.get());
    }

    /** Makes the data of a plan now, in the calling thread, reporting progress to {@code listener}. */
    @RolesAllowed(Role.ADMIN_NAME)
    public DemoSummary generate(DemoPlan plan, Consumer<DemoProgress> listener) {
        requireNational();
        Instant started = Instant.now(clock);
        DemoProgress progress = new DemoProgress(DemoProgress.State.RUNNING, "demo.stage.setup", 0, 1, plan, started,
                null, null, null);
        listener.accept(progress);
        DemoWorld.Setup setup = world.prepare(plan);
        rollups.setGroups(setup.form().questionnaireId(), DemoWorld.GROUPS);
        ResponsePlanner planner = new ResponsePlanner(plan, pulse.timeZone(), setup.provinces(), setup.sites(),
                setup.workers());
        ResponseSink sink = sinkFor(plan, setup);
        int added = 0;
        int step = Math.max(100, Math.min(BATCH, plan.responses() / 20));
        for (int from = 0; from < plan.responses(); from += step) {
            int to = Math.min(plan.responses(), from + step);
            added += sink.write(planner.slice(from, to));
            progress = progress.at("demo.stage.responses", to, plan.responses());
            listener.accept(progress);
        }
        if (plan.fastPath()) {
            // the fast path bypasses the events that keep the rollups: rebuild them from the raw rows
            listener.accept(progress.at("demo.stage.rollups", 0, 1));
            rollups.rebuild(setup.form().questionnaireId());
        }
        int filed = 0;
        if (plan.opinionReports()) {
            List<OpinionReports.Filing> filings = OpinionReports.plan(plan, pulse.timeZone(), setup.workers(),
                    setup.sites(), Instant.now(clock));
            for (int i = 0; i < filings.size(); i++) {
                filed += file(filings.get(i)) ? 1 : 0;
                if (i % 50 == 49 || i == filings.size() - 1) {
                    progress = progress.at("demo.stage.reports", i + 1, filings.size());
                    listener.accept(progress);
                }
            }
        }
        int surveyors = setup.workers().values().stream().mapToInt(List::size).sum();
        DemoSummary summary = new DemoSummary(setup.form().questionnaireId(), added, filed, surveyors,
                Duration.between(started, Instant.now(clock)));
        String made = describe(plan) + ": " + added + " new responses, " + filed + " new opinion reports";
        transaction.executeWithoutResult(tx -> audit.record("demo.generated", "questionnaire",
                setup.form().questionnaireId(), null, made));
        listener.accept(new DemoProgress(DemoProgress.State.DONE, "demo.stage.done", 1, 1, plan, started,
                Instant.now(clock), summary, null));
        return summary;
    }

    /** Does the database hold any response yet? (Start-up seeding only fills an empty one.) */
    public boolean hasResponses() {
        return !new JdbcTemplate(dataSource).queryForList("SELECT 1 FROM response LIMIT 1").isEmpty();
    }

    /** Runs a plan on the background thread as the system user (start-up seeding, the admin view). */
    DemoProgress startInBackground(DemoPlan plan) {
        DemoProgress queued = new DemoProgress(DemoProgress.State.RUNNING, "demo.stage.setup", 0, 1, plan,
                Instant.now(clock), null, null, null);
        DemoProgress before = current.get();
        if (before != null && before.running() || !current.compareAndSet(before, queued)) {
            throw DomainException.conflict("demo_running", "demo.error.running");
        }
        background.submit(() -> SystemUser.run(() -> {
            ProgressLog logger = new ProgressLog();
            try {
                generate(plan, p -> {
                    current.set(p);
                    logger.accept(p);
                });
            } catch (RuntimeException e) {
                log.error("Demo data generation failed", e);
                DemoProgress last = current.get();
                current.set(new DemoProgress(DemoProgress.State.FAILED, last.stage(), last.done(), last.total(), plan,
                        last.startedAt(), Instant.now(clock), null, String.valueOf(e.getMessage())));
            }
        }));
        return queued;
    }

    private ResponseSink sinkFor(DemoPlan plan, DemoWorld.Setup setup) {
        return plan.fastPath() ? new JdbcResponseWriter(dataSource, setup.form())
                : new PipelineResponseWriter(submissions, setup.form().questionnaireId(), setup.form().version());
    }

    private boolean file(OpinionReports.Filing filing) {
        SubmissionResult result = reports.createAs(filing.username(), filing.input(), filing.at(), filing.status());
        if (!result.errors().isEmpty()) {
            log.debug("Demo opinion report {} not filed: {}", filing.input().uuid(), result.errors());
        }
        return result.outcome() == SubmissionResult.Outcome.CREATED;
    }

    private static void requireNational() {
        if (!CurrentUser.scope().isNational()) {
            throw DomainException.forbidden("demo_national_only", "demo.error.nationalOnly");
        }
    }

    private static String describe(DemoPlan plan) {
        return plan.responses() + " responses, seed " + plan.seed() + ", " + plan.firstDay() + ".." + plan.lastDay()
                + (plan.fastPath() ? ", fast path" : "");
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
