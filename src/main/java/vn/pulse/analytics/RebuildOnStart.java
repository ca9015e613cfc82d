package vn.pulse.analytics;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.pulse.base.security.SystemUser;

/**
 * {@code java -jar pulse.jar --rebuild-rollups} (or {@code ./mvnw spring-boot:test-run
 * -Dspring-boot.run.arguments=--rebuild-rollups}) rebuilds every questionnaire's rollups once the
 * application has started, as the system user; the application then keeps running.
 */
@Component
class RebuildOnStart implements ApplicationRunner {

    static final String OPTION = "rebuild-rollups";

    private final AnalyticsRollups rollups;

    RebuildOnStart(AnalyticsRollups rollups) {
        this.rollups = rollups;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(OPTION)) {
            SystemUser.run(rollups::rebuildAll);
        }
    }
}
