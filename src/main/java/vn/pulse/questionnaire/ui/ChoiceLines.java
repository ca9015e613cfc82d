package vn.pulse.questionnaire.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.LocalizedText;

/**
 * Choices typed one per line, the way people write lists: just the label ("Đồng ý"), or
 * "code | label", or "code | Vietnamese label | English label". Missing codes are made from the
 * label (or are 1, 2, 3… for scales); columns read by choice filters are kept by code.
 */
final class ChoiceLines {

    private ChoiceLines() {
    }

    static List<Choice> parse(String text, List<Choice> previous, boolean numbered) {
        Map<String, Choice> before = new LinkedHashMap<>();
        previous.forEach(c -> before.putIfAbsent(c.name(), c));
        List<Choice> choices = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int position = 0;
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            position++;
            String[] parts = line.split("\\|", -1);
            String code;
            String vi;
            String en = null;
            if (parts.length == 1) {
                vi = parts[0].strip();
                code = numbered ? String.valueOf(position) : Names.suggest(vi);
            } else {
                code = parts[0].strip();
                vi = parts[1].strip();
                en = parts.length > 2 ? parts[2].strip() : null;
            }
            code = unique(code.isEmpty() ? "lua_chon_" + position : code, used);
            Choice old = before.get(code);
            choices.add(new Choice(code, LocalizedText.of(vi, en), old == null ? Map.of() : old.attributes()));
        }
        return choices;
    }

    static String format(List<Choice> choices) {
        return choices.stream().map(c -> {
            String en = c.label().get("en");
            return c.name() + " | " + (c.label().get("vi") == null ? "" : c.label().get("vi")) + (en == null ? "" : " | " + en);
        }).collect(Collectors.joining("\n"));
    }

    private static String unique(String code, Set<String> used) {
        String candidate = code;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = code + "_" + n;
        }
        return candidate;
    }
}
