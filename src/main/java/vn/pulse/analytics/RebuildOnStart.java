package vn.pulse.analytics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.pulse.base.security.SystemUser;

/**
 * {@code java -jar pulse.jar --rebuild-rollups} (or {@code ./mvnw spring-boot:test-run
 * -Dspring-boot.run.arguments=--rebuild-rollups}) rebuilds every questionnaire's rollups once the
 * application has started, as the system user; the application then keeps running. It does so
 * unasked once after the upgrade that added the day rollups (V52), whose table starts empty.
 */
@Component
class RebuildOnStart implements ApplicationRunner {

    static final String OPTION = "rebuild-rollups";

    private static final Logger log = LoggerFactory.getLogger(RebuildOnStart.class);

    private final AnalyticsRollups rollups;
    private final RollupRepository repository;

    RebuildOnStart(AnalyticsRollups rollups, RollupRepository repository) {
        this.rollups = rollups;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(OPTION)) {
            SystemUser.run(rollups::rebuildAll);
        } else if (repository.dayRollupsMissing()) {
            log.info("The day rollups are empty while the month rollups are not (upgrade to V52): rebuilding them");
            SystemUser.run(rollups::rebuildAll);
        }
    }
}
