package vn.pulse.demo;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.pulse.Application;
import vn.pulse.base.security.SystemUser;

/**
 * The {@code bench} command (README, "Benchmark"): ingest and dashboard queries on N responses in a
 * MariaDB database of its own, recreated at every run. Not a test: it measures and prints, and
 * writes the figures to {@code target/bench-<time>.json}. Run it with
 * {@code ./mvnw -Pbench spring-boot:test-run [-Dbench.responses=100000]}.
 *
 * <p>Arguments ({@code --name=value}): {@code bench.responses} (1,000,000), {@code bench.db.url}
 * (a server URL without database, {@code jdbc:mariadb://127.0.0.1:3306/}), {@code bench.db.name}
 * ({@code pulse_bench}), {@code bench.db.user} (root), {@code bench.db.password} (empty),
 * {@code bench.repeats} (query repetitions, 20), {@code bench.pipeline-responses} (how many of the N
 * go through the submission pipeline too; all when empty), {@code bench.browser-only} ({@code true}: keep the
 * database as it is and time only the dashboards in Chromium, on its questionnaire with the most responses).
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int responses = Integer.parseInt(options.getOrDefault("bench.responses", "1000000"));
        int repeats = Integer.parseInt(options.getOrDefault("bench.repeats", "20"));
        String pipelineOption = options.getOrDefault("bench.pipeline-responses", "");
        int pipelineResponses = pipelineOption.isBlank() ? responses : Math.min(responses, Integer.parseInt(pipelineOption));
        String server = options.getOrDefault("bench.db.url", "jdbc:mariadb://127.0.0.1:3306/");
        server = server.endsWith("/") ? server : server + "/";
        String database = options.getOrDefault("bench.db.name", "pulse_bench");
        String user = options.getOrDefault("bench.db.user", "root");
        String password = options.getOrDefault("bench.db.password", "");
        boolean browserOnly = Boolean.parseBoolean(options.getOrDefault("bench.browser-only", "false"));
        if (!browserOnly) {
            recreate(server, database, user, password);
        }

        // command-line arguments outrank application.yml (whose empty URL would start the embedded database)
        String[] settings = {
            // big GROUP BYs stay in memory: on-disk temporary tables under a shared /tmp were seen deleted mid-query
            "--spring.datasource.url=" + server + database
                    + "?sessionVariables=tmp_table_size=1073741824,max_heap_table_size=1073741824",
            "--spring.datasource.username=" + user,
            "--spring.datasource.password=" + password,
            "--server.port=0",
            "--pulse.demo=true",
            "--pulse.demo-data.seed-responses=0",
            "--logging.level.vn.pulse=warn",
            "--logging.level.vn.pulse.demo.BenchmarkRun=info"};
        int exit = 0;
        try (ConfigurableApplicationContext context = new SpringApplication(Application.class).run(settings)) {
            BenchmarkRun run = BenchmarkRun.of(context);
            Map<String, Object> result = SystemUser.call(() -> browserOnly ? run.browser(repeats)
                    : run.run(responses, pipelineResponses, repeats));
            result.put("database", server.replaceAll("//[^@/]*@", "//") + database);
            Path file = Path.of("target", "bench-" + LocalDateTime.now().format(
                    DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(result));
            System.out.println(browserOnly ? result.get("browser") : BenchmarkRun.table(result));
            System.out.println("Written to " + file.toAbsolutePath());
        } catch (RuntimeException e) {
            e.printStackTrace();
            exit = 1;
        }
        System.exit(exit);
    }

    /** A fresh database for every run: the figures never depend on what an earlier run left. */
    private static void recreate(String server, String database, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci");
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return options;
    }
}
