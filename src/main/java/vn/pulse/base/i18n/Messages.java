package vn.pulse.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every string people read comes from the bundles in {@code i18n/}: one per module
 * ({@code messages} for the shared kernel, {@code questionnaire}, {@code fieldwork}, …), each
 * Vietnamese first ({@code <name>.properties}) and English second ({@code <name>_en.properties}).
 * A key is looked up in every bundle, so keys must be unique across them (prefix them with the
 * module). Messages with arguments are {@link MessageFormat} patterns (write a literal ' as '').
 */
@Component
public class Messages implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.of("en");
    public static final List<Locale> LOCALES = List.of(VIETNAMESE, ENGLISH);
    private static final List<String> BUNDLES = discoverBundles();

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return get(key, locale, params);
    }

    /** The message for {@code key} in {@code locale}; the key itself when missing, so gaps show. */
    public static String get(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        String pattern = find(key, effective);
        if (pattern == null) {
            return key;
        }
        return params == null || params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
    }

    private static String find(String key, Locale locale) {
        for (String bundle : BUNDLES) {
            try {
                return ResourceBundle.getBundle(bundle, locale, NO_FALLBACK).getString(key);
            } catch (MissingResourceException e) {
                // try the next module's bundle
            }
        }
        return null;
    }

    /** Base names of all bundles: every {@code i18n/*.properties} without a language suffix. */
    static List<String> discoverBundles() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(Messages.class.getClassLoader())
                    .getResources("classpath*:i18n/*.properties");
            return Arrays.stream(found)
                    .map(Resource::getFilename)
                    .filter(name -> name != null && !name.contains("_"))
                    .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
                    .distinct()
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the message bundles", e);
        }
    }

    /**
     * The language an HTTP caller asked for in Accept-Language: English only when English is
     * preferred over Vietnamese; Vietnamese when the header is absent or names neither.
     */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return VIETNAMESE;
        }
        try {
            // Ranges come sorted by weight; the first naming one of our languages wins.
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-")[0];
                if (ENGLISH.getLanguage().equals(language)) {
                    return ENGLISH;
                }
                if (VIETNAMESE.getLanguage().equals(language)) {
                    return VIETNAMESE;
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header counts as no header
        }
        return VIETNAMESE;
    }

    /** English for English speakers, Vietnamese for everyone else. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }

    /** Vietnamese is the base bundle: never fall back to the JVM's default locale. */
    private static final ResourceBundle.Control NO_FALLBACK = new ResourceBundle.Control() {
        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return VIETNAMESE.equals(locale) ? List.of(Locale.ROOT) : super.getCandidateLocales(baseName, locale);
        }
    };
}
