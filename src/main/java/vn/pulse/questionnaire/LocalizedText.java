package vn.pulse.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A text people read, by language code ({@code vi}, {@code en}). Missing languages fall back to
 * the questionnaire's default language, so a Vietnamese-only questionnaire still shows in English.
 */
public record LocalizedText(Map<String, String> texts) {

    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        Map<String, String> clean = new LinkedHashMap<>();
        if (texts != null) {
            texts.forEach((language, text) -> {
                if (language != null && text != null && !text.isBlank()) {
                    clean.put(language.strip().toLowerCase(Locale.ROOT), text.strip());
                }
            });
        }
        texts = Collections.unmodifiableMap(clean);
    }

    public static LocalizedText of(String vietnamese) {
        return new LocalizedText(vietnamese == null ? Map.of() : Map.of("vi", vietnamese));
    }

    public static LocalizedText of(String vietnamese, String english) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("vi", vietnamese);
        texts.put("en", english);
        return new LocalizedText(texts);
    }

    /** The text in a language, or null. */
    public String get(String language) {
        return texts.get(language);
    }

    /** The text for a reader: their language if present, else the default language, else any. */
    public String in(String language, String defaultLanguage) {
        String text = texts.get(language);
        if (text == null) {
            text = texts.get(defaultLanguage);
        }
        if (text == null && !texts.isEmpty()) {
            text = texts.values().iterator().next();
        }
        return text == null ? "" : text;
    }

    public String in(Locale locale, String defaultLanguage) {
        return in(locale == null ? defaultLanguage : locale.getLanguage(), defaultLanguage);
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    public LocalizedText with(String language, String text) {
        Map<String, String> copy = new LinkedHashMap<>(texts);
        copy.put(language, text);
        if (text == null || text.isBlank()) {
            copy.remove(language);
        }
        return new LocalizedText(copy);
    }
}
