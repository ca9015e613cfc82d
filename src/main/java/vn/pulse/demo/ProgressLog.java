package vn.pulse.demo;

import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs a generator run at each new stage, every 10% of it, at least every 15 seconds, and at its end. */
final class ProgressLog implements Consumer<DemoProgress> {

    private static final Logger log = LoggerFactory.getLogger(ProgressLog.class);
    private String stage = "";
    private double logged = -1;
    private Instant at = Instant.EPOCH;

    @Override
    public void accept(DemoProgress p) {
        boolean due = !p.stage().equals(stage) || p.fraction() - logged >= 0.1
                || Instant.now().isAfter(at.plusSeconds(15)) || !p.running();
        if (due) {
            stage = p.stage();
            logged = p.fraction();
            at = Instant.now();
            // the stage is an i18n key (demo.stage.responses): its last word reads well in a log
            log.info("Demo data: {} {}/{}{}", p.stage().substring(p.stage().lastIndexOf('.') + 1), p.done(), p.total(),
                    p.summary() == null ? "" : " " + p.summary());
        }
    }
}
