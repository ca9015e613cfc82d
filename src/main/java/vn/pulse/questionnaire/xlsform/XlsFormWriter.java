package vn.pulse.questionnaire.xlsform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.LocalizedText;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;
import vn.pulse.questionnaire.Section;

/**
 * Writes a version as an XLSForm workbook that {@link XlsFormReader} reads back to the same
 * definition, and that ODK-style tools understand: sections as groups ({@code field-list}),
 * matrices as {@code table-list} groups, Likert as {@code select_one} with appearance {@code likert}.
 */
public final class XlsFormWriter {

    private static final Map<String, String> LANGUAGE_NAMES = Map.of("vi", "Tiếng Việt", "en", "English");
    private static final List<String> SURVEY = List.of("type", "name", "label*", "hint*", "required", "relevant",
            "constraint", "constraint_message*", "calculation", "choice_filter", "appearance", "default", "parameters");

    private final FormDefinition form;
    private final List<String> surveyHeader = new ArrayList<>();
    private final Sheet survey;
    private final Sheet choices;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Map<String, List<Choice>> lists = new LinkedHashMap<>();

    private XlsFormWriter(FormDefinition form) {
        this.form = form;
        this.survey = workbook.createSheet("survey");
        this.choices = workbook.createSheet("choices");
        for (String column : SURVEY) {
            if (column.endsWith("*")) {
                String base = column.substring(0, column.length() - 1);
                form.languages().forEach(l -> surveyHeader.add(base + "::" + header(l)));
            } else {
                surveyHeader.add(column);
            }
        }
    }

    public static byte[] write(FormDefinition form) {
        XlsFormWriter writer = new XlsFormWriter(form);
        try (XSSFWorkbook workbook = writer.workbook) {
            writer.fill();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String header(String language) {
        return LANGUAGE_NAMES.getOrDefault(language, language) + " (" + language + ")";
    }

    private void fill() {
        row(survey, 0, surveyHeader);
        for (Section section : form.sections()) {
            add(Map.of("type", "begin group", "name", section.name(), "relevant", orEmpty(section.relevant()),
                    "appearance", "field-list"), section.label(), LocalizedText.EMPTY, LocalizedText.EMPTY);
            section.questions().forEach(this::question);
            add(Map.of("type", "end group"), LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY);
        }
        writeChoices();
        writeSettings();
    }

    private void question(Question q) {
        if (q.type().hasChoices()) {
            lists.putIfAbsent(q.listName(), q.choices());
        }
        if (q.type() == QuestionType.MATRIX) {
            add(Map.of("type", "begin group", "name", q.name(), "relevant", orEmpty(q.relevant()), "appearance",
                    join("table-list", q.appearance())), q.label(), q.hint(), LocalizedText.EMPTY);
            for (Choice item : q.items()) {
                add(Map.of("type", "select_one " + q.listName(), "name", item.name(), "required", q.required() ? "yes" : ""),
                        item.label(), LocalizedText.EMPTY, LocalizedText.EMPTY);
            }
            add(Map.of("type", "end group"), LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY);
            return;
        }
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("type", switch (q.type()) {
            case SELECT_ONE, LIKERT -> "select_one " + q.listName();
            case SELECT_MULTIPLE -> "select_multiple " + q.listName();
            case RATING -> "range";
            case AREA -> "select_one_from_file " + SurveySheet.AREA_FILE;
            default -> q.type().word();
        });
        cells.put("name", q.name());
        cells.put("required", q.required() ? "yes" : "");
        cells.put("relevant", orEmpty(q.relevant()));
        cells.put("constraint", orEmpty(q.constraint()));
        cells.put("calculation", orEmpty(q.calculation()));
        cells.put("choice_filter", orEmpty(q.choiceFilter()));
        cells.put("appearance", q.type() == QuestionType.LIKERT ? join("likert", q.appearance()) : orEmpty(q.appearance()));
        cells.put("default", orEmpty(q.defaultValue()));
        cells.put("parameters", q.type() == QuestionType.RATING ? SurveySheet.RATING_PARAMETERS : "");
        add(cells, q.label(), q.hint(), q.constraintMessage());
    }

    private void add(Map<String, String> cells, LocalizedText label, LocalizedText hint, LocalizedText message) {
        List<String> values = new ArrayList<>();
        for (String column : surveyHeader) {
            int sep = column.indexOf("::");
            if (sep > 0) {
                String language = SheetTable.languageOf(column.substring(sep + 2));
                LocalizedText text = switch (column.substring(0, sep)) {
                    case "label" -> label;
                    case "hint" -> hint;
                    default -> message;
                };
                values.add(orEmpty(text.get(language)));
            } else {
                values.add(cells.getOrDefault(column, ""));
            }
        }
        row(survey, survey.getLastRowNum() + 1, values);
    }

    private void writeChoices() {
        Set<String> attributes = new LinkedHashSet<>();
        lists.values().forEach(list -> list.forEach(c -> attributes.addAll(c.attributes().keySet())));
        List<String> header = new ArrayList<>(List.of("list_name", "name"));
        form.languages().forEach(l -> header.add("label::" + header(l)));
        header.addAll(attributes);
        row(choices, 0, header);
        lists.forEach((list, options) -> options.forEach(c -> {
            List<String> values = new ArrayList<>(List.of(list, c.name()));
            form.languages().forEach(l -> values.add(orEmpty(c.label().get(l))));
            attributes.forEach(a -> values.add(c.attributes().getOrDefault(a, "")));
            row(choices, choices.getLastRowNum() + 1, values);
        }));
    }

    private void writeSettings() {
        Sheet settings = workbook.createSheet("settings");
        List<String> header = new ArrayList<>(List.of("form_title", "form_id", "version", "default_language"));
        List<String> values = new ArrayList<>(List.of(orEmpty(form.title().get(form.defaultLanguage())), form.code(),
                String.valueOf(form.version()), header(form.defaultLanguage())));
        for (String language : form.languages().subList(1, form.languages().size())) {
            header.add("form_title::" + header(language));
            values.add(orEmpty(form.title().get(language)));
        }
        row(settings, 0, header);
        row(settings, 1, values);
    }

    private static void row(Sheet sheet, int index, List<String> values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isEmpty()) {
                row.createCell(i).setCellValue(values.get(i));
            }
        }
    }

    private static String join(String word, String appearance) {
        return appearance == null ? word : word + " " + appearance;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
