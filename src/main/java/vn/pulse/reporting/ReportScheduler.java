package vn.pulse.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.pulse.base.DomainException;
import vn.pulse.base.PulseProperties;
import vn.pulse.base.security.SystemUser;

/**
 * Generates the scheduled reports that are due, as the system. Safe with several instances: each
 * (schedule, period) is claimed by inserting its run under a unique key, so exactly one instance
 * generates it; a run whose instance fell silent for pulse.reporting.stale-run is taken over by
 * a conditional update, again by exactly one.
 */
@Component
class ReportScheduler {

    private static final Logger log = LoggerFactory.getLogger(ReportScheduler.class);

    private final ScheduleRepository schedules;
    private final RunRepository runs;
    private final SpecResolver resolver;
    private final ReportRunner runner;
    private final ReportingProperties properties;
    private final PulseProperties pulse;
    private final Clock clock;

    ReportScheduler(ScheduleRepository schedules, RunRepository runs, SpecResolver resolver, ReportRunner runner,
            ReportingProperties properties, PulseProperties pulse, Clock clock) {
        this.schedules = schedules;
        this.runs = runs;
        this.resolver = resolver;
        this.runner = runner;
        this.properties = properties;
        this.pulse = pulse;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${pulse.reporting.schedule-check:1m}",
            initialDelayString = "${pulse.reporting.schedule-check:1m}")
    void tick() {
        runDue(Instant.now(clock));
    }

    /** Generates what is due at {@code now} and this instance could claim; returns how many runs it made. */
    int runDue(Instant now) {
        return SystemUser.call(() -> {
            int generated = 0;
            for (ReportSchedule schedule : schedules.active()) {
                Optional<ReportPeriod> due = schedule.due(now, pulse.timeZone());
                if (due.isPresent() && generate(schedule, due.get(), now)) {
                    generated++;
                }
            }
            return generated;
        });
    }

    private boolean generate(ReportSchedule schedule, ReportPeriod period, Instant now) {
        ReportRequest request = new ReportRequest(schedule.kind(), schedule.areaCode(), period.code(), null,
                schedule.letterhead(), schedule.secrecy(), schedule.readers(), null);
        RunRepository.NewRun run = new RunRepository.NewRun(schedule.kind(), areaId(schedule), period.code(), request,
                SystemUser.USERNAME, null, schedule.id());
        Optional<Long> claimed = runs.claim(run, now)
                .or(() -> runs.reclaim(schedule.id(), period.code(), now.minus(properties.staleRun()), now));
        if (claimed.isEmpty()) {
            return false;
        }
        ReportSpec spec;
        try {
            spec = resolver.resolve(request);
        } catch (DomainException e) {
            log.warn("Scheduled report {} for {} cannot run: {}", schedule.id(), period.code(), e.code());
            runs.fail(claimed.get(), e.code(), e.messageKey(), e.args(), now);
            return false;
        }
        runner.run(claimed.get(), spec, request);
        return true;
    }

    private long areaId(ReportSchedule schedule) {
        return resolver.area(schedule.areaCode()).id();
    }
}
