package vn.pulse.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every string people read comes from {@code i18n/messages*.properties}: Vietnamese first
 * ({@code messages.properties}), English second ({@code messages_en.properties}).
 * Messages with arguments are {@link MessageFormat} patterns (write a literal ' as '').
 */
@Component
public class Messages implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.of("en");
    public static final List<Locale> LOCALES = List.of(VIETNAMESE, ENGLISH);
    private static final String BUNDLE = "i18n/messages";

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
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, effective, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return params == null || params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
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
