package vn.pulse.reporting.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.LocalizedText;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;

/**
 * The columns of a data export of one questionnaire version: a few columns about the response
 * (never who the respondent or the surveyor is), then one per variable in form order, a 0/1
 * column per option of a multiple-choice question and one per item of a matrix. Names are legal
 * SPSS, Stata and R names: the question's name, {@code question_option} and {@code question_item}.
 */
public final class ExportColumns {

    /** What a column holds, which decides how a stored value is written. */
    public enum Kind {
        /** Facts of the response itself (id, version, status, area, date, stratum, cluster). */
        META,
        /** A number (num_value): integer, decimal, Likert point, rating. */
        NUMBER,
        /** Free text, a date (yyyy-MM-dd) or an area code (text_value). */
        TEXT,
        /** The chosen option's name of a single-choice question or a matrix item. */
        CHOICE,
        /** 1 when a multiple-choice option was ticked, 0 when the question was answered without it. */
        FLAG,
        /** A calculation: its number, or its text when it is not a number. */
        CALCULATED
    }

    /**
     * @param question the question it comes from (null for META columns)
     * @param option   the option of a FLAG column, the item of a matrix column; else null
     * @param numeric  whether every value is a number (XLSX writes number cells, SPSS F formats)
     */
    public record Column(String name, Kind kind, Question question, Choice option, boolean numeric) {

        /** The column's label: the question's label, with the option or item after " – ". */
        public String label(String language, String defaultLanguage) {
            if (question == null) {
                return name;
            }
            String label = question.label().in(language, defaultLanguage);
            return option == null ? label : label + " – " + option.label().in(language, defaultLanguage);
        }

        /** The labelled values of the column: the options of a choice, the scale of a matrix. */
        public List<Choice> values() {
            return kind == Kind.CHOICE || question != null && question.type() == QuestionType.LIKERT
                    ? question.choices() : List.of();
        }
    }

    public static final List<String> META = List.of("response_id", "version", "status", "area_code", "interview_date",
            "stratum", "cluster");
    static final int RESPONSE_ID = 0;

    private final FormDefinition form;
    private final List<Column> columns;
    private final Map<String, Integer> byKey = new HashMap<>();
    /** For each multiple-choice question, the indexes of its FLAG columns. */
    private final Map<String, int[]> flags = new HashMap<>();

    public ExportColumns(FormDefinition form) {
        this.form = form;
        List<Column> list = new ArrayList<>();
        META.forEach(name -> list.add(new Column(name, Kind.META, null, null,
                name.equals("response_id") || name.equals("version"))));
        Set<String> names = new HashSet<>(META);
        for (Question q : form.questions()) {
            switch (q.type()) {
                case NOTE -> { }
                case SELECT_MULTIPLE -> {
                    int[] indexes = new int[q.choices().size()];
                    for (int i = 0; i < indexes.length; i++) {
                        Choice c = q.choices().get(i);
                        indexes[i] = add(list, names, key(q.name(), "", c.name()),
                                new Column(unique(names, q.name() + "_" + c.name()), Kind.FLAG, q, c, true));
                    }
                    flags.put(q.name(), indexes);
                }
                case MATRIX -> q.items().forEach(item -> add(list, names, key(q.name(), item.name(), ""),
                        new Column(unique(names, q.name() + "_" + item.name()), Kind.CHOICE, q, item, false)));
                case SELECT_ONE -> add(list, names, key(q.name(), "", ""),
                        new Column(unique(names, q.name()), Kind.CHOICE, q, null, false));
                case LIKERT, RATING, INTEGER, DECIMAL -> add(list, names, key(q.name(), "", ""),
                        new Column(unique(names, q.name()), Kind.NUMBER, q, null, true));
                case CALCULATE -> add(list, names, key(q.name(), "", ""),
                        new Column(unique(names, q.name()), Kind.CALCULATED, q, null, false));
                case TEXT, DATE, AREA -> add(list, names, key(q.name(), "", ""),
                        new Column(unique(names, q.name()), Kind.TEXT, q, null, false));
            }
        }
        this.columns = List.copyOf(list);
    }

    private int add(List<Column> list, Set<String> names, String key, Column column) {
        names.add(column.name());
        list.add(column);
        byKey.put(key, list.size() - 1);
        return list.size() - 1;
    }

    /** A name no earlier column has (a question "a_b" and option "b" of "a" would clash). */
    private static String unique(Set<String> names, String name) {
        String candidate = name;
        for (int i = 2; names.contains(candidate); i++) {
            candidate = name + "_" + i;
        }
        return candidate;
    }

    private static String key(String variable, String item, String choice) {
        return variable + '\u0000' + item + '\u0000' + choice;
    }

    public FormDefinition form() {
        return form;
    }

    public List<Column> columns() {
        return columns;
    }

    public int size() {
        return columns.size();
    }

    /**
     * The column a stored answer goes to: a multiple-choice answer by its option, a matrix answer
     * by its item, any other by its variable; -1 for a variable this version does not have.
     */
    int columnOf(String variable, String item, String choice, QuestionType type) {
        Integer index = switch (type) {
            case SELECT_MULTIPLE -> byKey.get(key(variable, "", choice));
            case MATRIX -> byKey.get(key(variable, item, ""));
            default -> byKey.get(key(variable, "", ""));
        };
        return index == null ? -1 : index;
    }

    /**
     * Where a question's stored answers go, worked out once per export rather than once per
     * answer row (an export of a million responses reads twenty million rows).
     *
     * @param kind   what the columns hold
     * @param column the column of a question with one column; -1 for multiple choice and matrix
     * @param byPart the column of each option (multiple choice) or item (matrix)
     */
    record Slot(Kind kind, QuestionType type, int column, Map<String, Integer> byPart) {
    }

    /** The slot of a question of this version, or null if the version does not ask it. */
    Slot slot(Question q) {
        return switch (q.type()) {
            case NOTE -> null;
            case SELECT_MULTIPLE, MATRIX -> {
                Map<String, Integer> parts = new HashMap<>();
                for (Choice part : q.type() == QuestionType.MATRIX ? q.items() : q.choices()) {
                    int column = q.type() == QuestionType.MATRIX ? columnOf(q.name(), part.name(), "", q.type())
                            : columnOf(q.name(), "", part.name(), q.type());
                    if (column >= 0) {
                        parts.put(part.name(), column);
                    }
                }
                yield new Slot(q.type() == QuestionType.MATRIX ? Kind.CHOICE : Kind.FLAG, q.type(), -1, parts);
            }
            default -> {
                int column = columnOf(q.name(), "", "", q.type());
                yield column < 0 ? null : new Slot(columns.get(column).kind(), q.type(), column, Map.of());
            }
        };
    }

    /** Indexes of each multiple-choice question's FLAG columns. */
    Iterable<int[]> flagGroups() {
        return flags.values();
    }

    /** A text in the questionnaire's default language for a missing one: for the codebook. */
    static String text(LocalizedText text, String language) {
        String value = text.get(language);
        return value == null ? "" : value;
    }
}
