package vn.pulse.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.pulse.base.security.SystemUser;

/**
 * Base of every test that needs the running application: one Spring context, on a real MariaDB
 * and a real HTTP port, shared by all integration test classes of the run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestUsers users;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Runs work as the system administrator (national scope), e.g. to arrange test data. */
    protected static <T> T asSystem(java.util.function.Supplier<T> work) {
        return SystemUser.call(work);
    }
}
