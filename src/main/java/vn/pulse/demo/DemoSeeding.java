package vn.pulse.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.pulse.base.DemoMode;
import vn.pulse.base.security.SystemUser;

/**
 * Demo data at start. From the command line ({@code --pulse.demo-data.generate=N}): N responses
 * now, with progress in the log, then stop if {@code --pulse.demo-data.exit=true}. In demo mode on
 * a database without responses: a modest data set in the background, so start-up stays fast and
 * every dashboard shows life a little later.
 */
@Component
@Order(10)
class DemoSeeding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeding.class);

    private final DemoDataService demo;
    private final DemoDataProperties properties;
    private final DemoMode mode;
    private final ConfigurableApplicationContext context;

    DemoSeeding(DemoDataService demo, DemoDataProperties properties, DemoMode mode,
            ConfigurableApplicationContext context) {
        this.demo = demo;
        this.properties = properties;
        this.mode = mode;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.generate() != null) {
            DemoPlan plan = demo.standardPlan(properties.generate(), properties.seed()).withFastPath(properties.fastPath());
            if (properties.exit()) {
                DemoSummary summary = SystemUser.call(() -> demo.generate(plan, new ProgressLog()));
                log.info("Demo data done: {}", summary);
                System.exit(SpringApplication.exit(context, () -> 0));
            }
            SystemUser.run(() -> demo.startInBackground(plan));
            return;
        }
        boolean empty = properties.seedResponses() > 0 && mode.isOn() && !demo.hasResponses();
        if (empty) {
            log.info("Demo mode on an empty database: seeding {} responses and opinion reports in the background",
                    properties.seedResponses());
            SystemUser.run(() -> demo.startInBackground(demo.standardPlan(properties.seedResponses(),
                    properties.seed())));
        }
    }
}
