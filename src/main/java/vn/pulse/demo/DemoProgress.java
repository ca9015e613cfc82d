package vn.pulse.demo;

import java.time.Instant;

/**
 * Where a generator run stands: for the administrator's progress bar and the log.
 *
 * @param stage i18n key of the current stage ({@code demo.stage.*})
 * @param done  units done in this stage (responses, reports)
 * @param total units of this stage
 * @param error what went wrong, when {@code state} is FAILED
 */
public record DemoProgress(State state, String stage, long done, long total, DemoPlan plan, Instant startedAt,
        Instant finishedAt, DemoSummary summary, String error) {

    public enum State {
        RUNNING, DONE, FAILED
    }

    public double fraction() {
        return total <= 0 ? 0 : Math.min(1, done / (double) total);
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    DemoProgress at(String newStage, long newDone, long newTotal) {
        return new DemoProgress(State.RUNNING, newStage, newDone, newTotal, plan, startedAt, null, summary, null);
    }
}
