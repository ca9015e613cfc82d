package vn.pulse.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;
import vn.pulse.base.VietnameseText;

/**
 * Flyway version 2: loads the 34 provinces and 3,321 communes of the 2025 two-level system from
 * {@code db/reference/areas-vn-2025.csv}. Later changes come through area imports, never by
 * editing this file (its checksum guards it).
 */
@Component
public class ReferenceAreasMigration implements JavaMigration {

    static final String RESOURCE = "db/reference/areas-vn-2025.csv";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "reference areas vn 2025";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        try (InputStream in = open()) {
            crc.update(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        Map<String, Long> idByCode = new HashMap<>();
        Map<String, String> pathByCode = new HashMap<>();
        String insertArea = "INSERT INTO area (code, name, search_name, level, type, parent_id, path, active, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?)";
        try (Reader reader = new InputStreamReader(open(), StandardCharsets.UTF_8);
                PreparedStatement area = connection.prepareStatement(insertArea, Statement.RETURN_GENERATED_KEYS)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(reader)) {
                String code = row.get("code");
                String parentCode = row.get("parent_code");
                boolean root = parentCode == null || parentCode.isBlank();
                String path = (root ? "/" : pathByCode.get(parentCode)) + code + "/";
                area.setString(1, code);
                area.setString(2, row.get("name"));
                area.setString(3, VietnameseText.fold(row.get("name")));
                area.setString(4, row.get("level"));
                area.setString(5, row.get("type"));
                if (root) {
                    area.setNull(6, java.sql.Types.BIGINT);
                } else {
                    area.setLong(6, idByCode.get(parentCode));
                }
                area.setString(7, path);
                area.setTimestamp(8, now);
                area.executeUpdate();
                try (ResultSet keys = area.getGeneratedKeys()) {
                    keys.next();
                    idByCode.put(code, keys.getLong(1));
                }
                pathByCode.put(code, path);
            }
        }
        try (Statement names = connection.createStatement()) {
            names.executeUpdate("INSERT INTO area_name (area_id, name, valid_from) SELECT id, name, created_at FROM area");
        }
    }

    private static InputStream open() {
        InputStream in = ReferenceAreasMigration.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Reference data missing from the classpath: " + RESOURCE);
        }
        return in;
    }
}
