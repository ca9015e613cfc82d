package vn.pulse.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.pulse.base.i18n.Messages;

/** Every string people read exists in Vietnamese and in English. */
class MessagesTest {

    /** Literal keys in code: getTranslation("x.y"), and message keys passed to DomainException. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|Messages\\.get)\\(\"([a-zA-Z0-9_.]+)\"|\"([a-z][a-zA-Z]*\\.(?:error|import)\\.[a-zA-Z]+)\"|title = \"(nav\\.[a-zA-Z]+)\"");

    @Test
    void every_bundle_has_the_same_keys_in_vietnamese_and_english() throws IOException {
        for (String bundle : bundles()) {
            Properties vi = load(bundle + ".properties");
            Properties en = load(bundle + "_en.properties");
            assertThat(new TreeSet<>(en.stringPropertyNames())).as(bundle)
                    .isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
        }
    }

    @Test
    void no_key_is_defined_in_two_bundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String bundle : bundles()) {
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void every_key_used_in_code_exists() throws IOException {
        Properties vi = new Properties();
        for (String bundle : bundles()) {
            vi.putAll(load(bundle + ".properties"));
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    if (!key.endsWith(".") && !vi.containsKey(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void vietnamese_is_the_default_and_english_on_request() {
        assertThat(Messages.get("nav.signOut", Messages.VIETNAMESE)).isEqualTo("Đăng xuất");
        assertThat(Messages.get("nav.signOut", Messages.ENGLISH)).isEqualTo("Sign out");
        assertThat(Messages.get("nav.signOut", java.util.Locale.FRENCH)).isEqualTo("Đăng xuất");
        assertThat(Messages.fromAcceptLanguage(null)).isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.fromAcceptLanguage("en-US,en;q=0.9")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.fromAcceptLanguage("vi,en;q=0.5")).isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.get("home.greeting", Messages.VIETNAMESE, "Lan")).isEqualTo("Xin chào, Lan.");
    }

    private static java.util.List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            java.util.List<String> names = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> "i18n/" + n.substring(0, n.length() - ".properties".length()))
                    .sorted().toList();
            assertThat(names).contains("i18n/messages");
            return names;
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
