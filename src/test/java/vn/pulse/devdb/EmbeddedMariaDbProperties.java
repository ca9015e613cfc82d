package vn.pulse.devdb;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded MariaDB of local runs and tests ({@code pulse.embedded-db.*}).
 *
 * @param dataDir  where the databases live; kept across restarts unless {@code fresh}
 * @param baseDir  where the MariaDB binaries are unpacked once (~350 MB), shared by runs and tests;
 *                 default {@code ~/.cache/pulse/mariadb-11.4.5}
 * @param port     TCP port; 0 picks a free one
 * @param fresh    wipe the data folder at start (tests)
 * @param database the schema the app uses
 */
@ConfigurationProperties("pulse.embedded-db")
public record EmbeddedMariaDbProperties(
        @DefaultValue("./data/mariadb") Path dataDir,
        Path baseDir,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean fresh,
        @DefaultValue("pulse") String database) {

    public EmbeddedMariaDbProperties {
        if (baseDir == null) {
            baseDir = Path.of(System.getProperty("user.home"), ".cache", "pulse", "mariadb-11.4.5");
        }
    }
}
