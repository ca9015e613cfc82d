package vn.pulse.questionnaire.xlsform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.pulse.questionnaire.Choice;

/**
 * The choices sheet: lists by name, each choice with the row it came from. Columns other than
 * {@code list_name}, {@code name} and {@code label} become choice attributes, read by choice filters.
 */
final class ChoiceLists {

    static final Set<String> OWN_COLUMNS = Set.of("list_name", "name", "label");
    static final Set<String> MEDIA_COLUMNS = Set.of("media", "image", "audio", "video", "big-image");

    private final Map<String, List<Choice>> lists = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> rows = new HashMap<>();
    private final Map<String, Integer> firstRow = new HashMap<>();

    ChoiceLists(SheetTable sheet, String defaultLanguage, ImportProblems problems) {
        if (sheet == null) {
            return;
        }
        if (sheet.indexOf("list_name") < 0 || sheet.indexOf("name") < 0) {
            problems.error(sheet.name, 0, -1, "", "missing_columns", "list_name, name");
            return;
        }
        for (int row : sheet.dataRows()) {
            String list = sheet.value(row, "list_name");
            String name = sheet.value(row, "name");
            if (list.isEmpty() || name.isEmpty()) {
                String missing = list.isEmpty() ? "list_name" : "name";
                problems.error(sheet.name, row, sheet.indexOf(missing), missing, "value_missing", missing);
                continue;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (SheetTable.Column c : sheet.columns()) {
                if (!OWN_COLUMNS.contains(c.base()) && !MEDIA_COLUMNS.contains(c.base()) && c.language() == null) {
                    String value = sheet.value(row, c);
                    if (!value.isEmpty()) {
                        attributes.put(c.header(), value);
                    }
                }
            }
            lists.computeIfAbsent(list, k -> new ArrayList<>())
                    .add(new Choice(name, sheet.text(row, "label", defaultLanguage), attributes));
            rows.computeIfAbsent(list, k -> new HashMap<>()).putIfAbsent(name, row);
            firstRow.putIfAbsent(list, row);
        }
    }

    List<Choice> get(String list) {
        return lists.get(list);
    }

    /** The 0-based row of a choice in the sheet, or of its list's first choice, or -1. */
    int rowOf(String list, String choice) {
        Integer row = rows.getOrDefault(list, Map.of()).get(choice);
        return row != null ? row : firstRow.getOrDefault(list, -1);
    }
}
