package vn.pulse.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where integration tests keep their data. By default the embedded MariaDB 11.4 (fresh under
 * target/). With {@code PULSE_TEST_DB_URL} (e.g. {@code jdbc:mariadb://127.0.0.1:3306/}) an
 * external server instead, in a database {@code pulse_test} (or {@code PULSE_TEST_DB_NAME})
 * recreated once per test run.
 */
public final class TestDatabase {

    public static final String EXTERNAL_URL = System.getenv("PULSE_TEST_DB_URL");
    private static final String USER = envOr("PULSE_TEST_DB_USER", "root");
    private static final String PASSWORD = envOr("PULSE_TEST_DB_PASSWORD", "");
    private static final String SCHEMA = envOr("PULSE_TEST_DB_NAME", "pulse_test");
    private static String prepared;

    private TestDatabase() {
    }

    public static boolean isExternal() {
        return EXTERNAL_URL != null && !EXTERNAL_URL.isBlank();
    }

    /** Points Spring at the external server when one is configured; otherwise leaves the embedded default. */
    public static void register(DynamicPropertyRegistry registry) {
        if (!isExternal()) {
            return;
        }
        String url = prepare();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    private static synchronized String prepare() {
        if (prepared == null) {
            String base = EXTERNAL_URL.endsWith("/") ? EXTERNAL_URL : EXTERNAL_URL + "/";
            recreate(base, SCHEMA);
            prepared = base + SCHEMA;
        }
        return prepared;
    }

    /** Drops and creates a database on a server given by a URL without database name. */
    public static void recreate(String serverUrl, String schema) {
        try (Connection c = DriverManager.getConnection(serverUrl, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
            s.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare test database on " + serverUrl + ": " + e.getMessage(), e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
