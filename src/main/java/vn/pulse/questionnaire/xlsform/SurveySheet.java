package vn.pulse.questionnaire.xlsform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.LocalizedText;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;
import vn.pulse.questionnaire.Section;

/**
 * Reads the survey sheet into sections. Top-level groups are sections (questions outside any group
 * form sections of their own); a group with appearance {@code table-list} whose rows all are
 * {@code select_one} of one list is a matrix. Anything else Pulse does not model (repeats, media,
 * nested groups, …) is reported at its cell, never skipped silently.
 */
final class SurveySheet {

    static final Set<String> COLUMNS = Set.of("type", "name", "label", "hint", "required", "relevant", "constraint",
            "constraint_message", "calculation", "choice_filter", "appearance", "default", "parameters");
    static final String RATING_PARAMETERS = "start=0 end=10 step=1";
    static final String AREA_FILE = "areas.csv";
    private static final Set<String> METADATA = Set.of("start", "end", "today", "deviceid", "subscriberid", "simserial",
            "phonenumber", "username", "email", "audit", "start-geopoint");
    private static final Set<String> SIMPLE = Set.of("integer", "decimal", "text", "date", "note", "calculate");
    /** XLSForm types Pulse knows of but does not model. */
    private static final Set<String> UNSUPPORTED = Set.of("range", "geopoint", "geotrace", "geoshape", "image",
            "audio", "video", "file", "barcode", "time", "datetime", "acknowledge", "hidden", "rank", "trigger",
            "background-audio", "background-geopoint", "xml-external", "csv-external", "end_repeat", "osm");

    private final SheetTable sheet;
    private final ChoiceLists lists;
    private final String language;
    private final ImportProblems problems;
    private final List<Section> sections = new ArrayList<>();
    private final Map<String, List<Integer>> rowsOf = new HashMap<>();
    private final Map<String, String> listOf = new HashMap<>();
    private List<Question> open;
    private String openName;
    private LocalizedText openLabel;
    private String openRelevant;
    private MatrixRows matrix;
    private int skipping;

    SurveySheet(SheetTable sheet, ChoiceLists lists, String language, ImportProblems problems) {
        this.sheet = sheet;
        this.lists = lists;
        this.language = language;
        this.problems = problems;
    }

    List<Section> read() {
        for (int row : sheet.dataRows()) {
            String cell = sheet.value(row, "type");
            String[] tokens = cell.split("\\s+");
            String word = tokens[0].toLowerCase(Locale.ROOT);
            if ((word.equals("begin") || word.equals("end")) && tokens.length > 1) {
                word = word + "_" + tokens[1].toLowerCase(Locale.ROOT);
            }
            String argument = tokens.length > 1 ? tokens[tokens.length - 1] : null;
            if (skipping > 0) {
                skipping += word.equals("begin_repeat") ? 1 : word.equals("end_repeat") ? -1 : 0;
                continue;
            }
            rowsOf.computeIfAbsent(sheet.value(row, "name"), k -> new ArrayList<>()).add(row);
            switch (word) {
                case "begin_group" -> beginGroup(row);
                case "end_group" -> endGroup(row);
                case "begin_repeat" -> {
                    error(row, "type", "unsupported_type", cell);
                    skipping = 1;
                }
                default -> question(row, word, argument, cell);
            }
        }
        if (matrix != null || openName != null) {
            int row = firstRow(matrix != null ? matrix.name : openName);
            error(row, "type", "group_not_closed");
        }
        closeSection();
        return sections;
    }

    /** The 0-based rows where a name appears (more than one when it is duplicated). */
    Map<String, List<Integer>> rowsOf() {
        return rowsOf;
    }

    private int firstRow(String name) {
        return rowsOf.getOrDefault(name, List.of(0)).getFirst();
    }

    /** The choice list a question was read from (for placing choice problems on the choices sheet). */
    Map<String, String> listOf() {
        return listOf;
    }

    private void beginGroup(int row) {
        String name = sheet.value(row, "name");
        String appearance = sheet.value(row, "appearance");
        if (Arrays.asList(appearance.split("\\s+")).contains("table-list")) {
            if (matrix != null) {
                error(row, "type", "nested_group");
                return;
            }
            matrix = new MatrixRows(name, sheet.text(row, "label", language), sheet.text(row, "hint", language),
                    sheet.value(row, "relevant"), without(appearance, "table-list"), row);
            return;
        }
        if (open != null || matrix != null) {
            error(row, "type", "nested_group");
            return;
        }
        if (!appearance.isEmpty() && !appearance.equals("field-list")) {
            problems.warning(sheet.name, row, sheet.indexOf("appearance"), "appearance", "group_appearance", appearance);
        }
        closeSection();
        open = new ArrayList<>();
        openName = name;
        openLabel = sheet.text(row, "label", language);
        openRelevant = sheet.value(row, "relevant");
    }

    private void endGroup(int row) {
        if (matrix != null) {
            current().add(matrix.build());
            matrix = null;
        } else if (open != null) {
            closeSection();
        } else {
            error(row, "type", "group_not_open");
        }
    }

    private void closeSection() {
        if (open != null && (openName != null || !open.isEmpty())) {
            String name = openName != null ? openName : "phan_" + (sections.size() + 1);
            LocalizedText label = openName != null ? openLabel
                    : LocalizedText.of("Phần " + (sections.size() + 1), "Part " + (sections.size() + 1));
            sections.add(new Section(name, label, openRelevant, open));
        }
        open = null;
        openName = null;
        openLabel = null;
        openRelevant = null;
    }

    /** The section questions go to: the open group, or a section of ungrouped questions. */
    private List<Question> current() {
        if (open == null) {
            open = new ArrayList<>();
        }
        return open;
    }

    private void question(int row, String word, String argument, String typeCell) {
        if (METADATA.contains(word)) {
            problems.warning(sheet.name, row, sheet.indexOf("type"), "type", "metadata_ignored", word);
            return;
        }
        Question.Builder q = builder(row, word, argument, typeCell);
        if (q == null) {
            return;
        }
        if (sheet.value(row, "name").isEmpty()) {
            error(row, "name", "value_missing", "name");
            return;
        }
        if (matrix != null) {
            matrix.add(row, q.build());
        } else {
            current().add(q.build());
        }
    }

    /** The question a row describes, or null (with a problem) when Pulse cannot model it. */
    private Question.Builder builder(int row, String word, String argument, String typeCell) {
        String appearance = sheet.value(row, "appearance");
        String parameters = sheet.value(row, "parameters");
        QuestionType type;
        String list = null;
        if ((word.equals("select_one") || word.equals("select_multiple")) && argument != null) {
            type = word.equals("select_one") ? QuestionType.SELECT_ONE : QuestionType.SELECT_MULTIPLE;
            list = argument;
        } else if (word.equals("select_one_from_file") && AREA_FILE.equals(argument)) {
            type = QuestionType.AREA;
        } else if (word.equals("range") && parameters.replaceAll("\\s+", " ").equals(RATING_PARAMETERS)) {
            type = QuestionType.RATING;
            parameters = "";
        } else if (SIMPLE.contains(word)) {
            type = QuestionType.fromWord(word).orElseThrow();
        } else if (word.isEmpty()) {
            error(row, "type", "value_missing", "type");
            return null;
        } else {
            boolean known = UNSUPPORTED.contains(word) || word.startsWith("select_") || word.startsWith("begin_")
                    || word.startsWith("end_");
            error(row, "type", known ? "unsupported_type" : "unknown_type", typeCell);
            return null;
        }
        if (!parameters.isEmpty()) {
            error(row, "parameters", "unsupported_value", "parameters", parameters);
        }
        List<Choice> choices = List.of();
        if (list != null) {
            choices = lists.get(list);
            if (choices == null) {
                error(row, "type", "list_unknown", list);
                return null;
            }
            listOf.put(sheet.value(row, "name"), list);
            if (type == QuestionType.SELECT_ONE && Arrays.asList(appearance.split("\\s+")).contains("likert")
                    && isScale(choices)) {
                type = QuestionType.LIKERT;
                appearance = without(appearance, "likert");
            }
        }
        return Question.builder(sheet.value(row, "name"), type).label(sheet.text(row, "label", language))
                .hint(sheet.text(row, "hint", language)).required(required(row))
                .relevant(sheet.value(row, "relevant"))
                .constraint(sheet.value(row, "constraint"), sheet.text(row, "constraint_message", language))
                .calculation(sheet.value(row, "calculation")).choiceFilter(sheet.value(row, "choice_filter"))
                .defaultValue(sheet.value(row, "default")).appearance(appearance).listName(list).choices(choices);
    }

    private static boolean isScale(List<Choice> choices) {
        for (int i = 0; i < choices.size(); i++) {
            if (!choices.get(i).name().equals(String.valueOf(i + 1))) {
                return false;
            }
        }
        return choices.size() >= 2;
    }

    private boolean required(int row) {
        String value = sheet.value(row, "required").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "yes", "true", "true()", "1" -> true;
            case "", "no", "false", "false()", "0" -> false;
            default -> {
                error(row, "required", "unsupported_value", "required", value);
                yield false;
            }
        };
    }

    static String without(String appearance, String word) {
        return Arrays.stream(appearance.split("\\s+")).filter(w -> !w.isEmpty() && !w.equals(word))
                .collect(Collectors.joining(" "));
    }

    private void error(int row, String column, String code, Object... args) {
        problems.error(sheet.name, row, sheet.indexOf(column), column, code, args);
    }

    /** The rows of a table-list group, becoming one matrix question. */
    private final class MatrixRows {
        final String name;
        final LocalizedText label;
        final LocalizedText hint;
        final String relevant;
        final String appearance;
        final int row;
        final List<Choice> items = new ArrayList<>();
        String list;
        List<Choice> scale = List.of();
        boolean required;

        MatrixRows(String name, LocalizedText label, LocalizedText hint, String relevant, String appearance, int row) {
            this.name = name;
            this.label = label;
            this.hint = hint;
            this.relevant = relevant;
            this.appearance = appearance;
            this.row = row;
        }

        void add(int itemRow, Question q) {
            if (q.type() != QuestionType.SELECT_ONE || list != null && !list.equals(q.listName())) {
                error(itemRow, "type", "matrix_row");
                return;
            }
            for (String column : List.of("relevant", "constraint", "calculation", "choice_filter", "default")) {
                if (!sheet.value(itemRow, column).isEmpty()) {
                    error(itemRow, column, "matrix_row_logic", column);
                }
            }
            list = q.listName();
            scale = q.choices();
            required |= q.required();
            items.add(new Choice(q.name(), q.label()));
        }

        Question build() {
            listOf.put(name, list);
            return Question.builder(name, QuestionType.MATRIX).label(label).hint(hint).relevant(relevant)
                    .appearance(appearance).required(required).listName(list).choices(scale).items(items).build();
        }
    }
}
