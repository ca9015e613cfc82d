package vn.pulse.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One choice of a question, or one item of a matrix.
 *
 * @param name       the stable value stored in answers (e.g. {@code "dong_y"}, {@code "3"})
 * @param attributes extra columns of the XLSForm choices sheet, read by choice filters
 *                   (e.g. {@code {"province": "08"}} for cascading selects)
 */
public record Choice(String name, LocalizedText label, Map<String, String> attributes) {

    public Choice {
        name = name == null ? "" : name.strip();
        label = label == null ? LocalizedText.EMPTY : label;
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public Choice(String name, LocalizedText label) {
        this(name, label, Map.of());
    }
}
