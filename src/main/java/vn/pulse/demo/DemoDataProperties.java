package vn.pulse.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code pulse.demo-data.*} (documented in README.md). {@code pulse.demo} itself
 * switches demo mode on and off, hence the separate prefix.
 *
 * @param seedResponses responses seeded in the background at start in demo mode when the database
 *                      holds none yet; 0 seeds nothing
 * @param seed          seed of the start-up and command-line runs (the same seed makes the same data)
 * @param generate      command line: generate this many responses at start, whatever the mode
 * @param fastPath      command line: write them with plain JDBC batches instead of the pipeline
 * @param exit          command line: stop the application when the generation is done
 */
@ConfigurationProperties("pulse.demo-data")
public record DemoDataProperties(
        @DefaultValue("3000") int seedResponses,
        @DefaultValue("100") long seed,
        Integer generate,
        @DefaultValue("false") boolean fastPath,
        @DefaultValue("false") boolean exit) {

    public DemoDataProperties {
        if (seedResponses < 0 || generate != null && generate < 0) {
            throw new IllegalArgumentException("pulse.demo-data.seed-responses and generate must not be negative");
        }
    }
}
