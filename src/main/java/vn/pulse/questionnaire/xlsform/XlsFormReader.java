package vn.pulse.questionnaire.xlsform;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.pulse.base.VietnameseText;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.FormProblem;
import vn.pulse.questionnaire.LocalizedText;
import vn.pulse.questionnaire.Section;
import vn.pulse.questionnaire.XlsFormImport;
import vn.pulse.questionnaire.XlsFormProblem;

/**
 * Reads an XLSForm workbook into a questionnaire definition, or says, cell by cell, why it
 * cannot: missing sheets, unknown or unsupported types and columns, and every problem the
 * questionnaire's own validation finds (broken expressions, duplicate names, cycles), placed on
 * the row and column they came from.
 */
public final class XlsFormReader {

    private static final Set<String> SETTINGS = Set.of("form_title", "form_id", "version", "default_language");

    private XlsFormReader() {
    }

    public static XlsFormImport read(InputStream in, String fileName) {
        ImportProblems problems = new ImportProblems();
        try (Workbook workbook = WorkbookFactory.create(in)) {
            return read(workbook, fileName, problems);
        } catch (Exception e) {
            // not a workbook at all (wrong format, corrupt zip, encrypted): say so, nothing else to read
            problems.error("", -1, -1, "", "unreadable", String.valueOf(fileName));
            return new XlsFormImport(null, problems.list());
        }
    }

    private static XlsFormImport read(Workbook workbook, String fileName, ImportProblems problems) {
        Sheet surveySheet = sheet(workbook, "survey");
        if (surveySheet == null) {
            problems.error("survey", -1, -1, "", "missing_sheet", "survey");
            return new XlsFormImport(null, problems.list());
        }
        SheetTable survey = new SheetTable(surveySheet, "survey", problems);
        Sheet choicesSheet = sheet(workbook, "choices");
        SheetTable choices = choicesSheet == null ? null : new SheetTable(choicesSheet, "choices", problems);
        Sheet settingsSheet = sheet(workbook, "settings");
        SheetTable settings = settingsSheet == null ? null : new SheetTable(settingsSheet, "settings", problems);
        if (survey.rowCount() > SheetTable.MAX_ROWS || choices != null && choices.rowCount() > SheetTable.MAX_ROWS) {
            problems.error(survey.name, -1, -1, "", "too_many_rows", SheetTable.MAX_ROWS);
            return new XlsFormImport(null, problems.list());
        }
        if (survey.indexOf("type") < 0 || survey.indexOf("name") < 0) {
            problems.error("survey", 0, -1, "", "missing_columns", "type, name");
            return new XlsFormImport(null, problems.list());
        }
        int settingsRow = settings == null || settings.dataRows().isEmpty() ? -1 : settings.dataRows().getFirst();
        String language = defaultLanguage(settings, settingsRow);
        List<String> languages = languages(language, survey, choices);
        unsupportedColumns(survey, SurveySheet.COLUMNS, problems);
        if (choices != null) {
            unsupportedColumns(choices, null, problems);
        }
        if (settings != null && settingsRow >= 0) {
            settings.columns().stream().filter(c -> !SETTINGS.contains(c.base()) && !settings.value(settingsRow, c).isEmpty())
                    .forEach(c -> problems.warning(settings.name, settingsRow, c.index(), c.header(), "setting_ignored",
                            c.header()));
        }
        if (choices == null && survey.dataRows().stream().anyMatch(r -> survey.value(r, "type").startsWith("select_"))) {
            problems.error("choices", -1, -1, "", "missing_sheet", "choices");
        }
        ChoiceLists lists = new ChoiceLists(choices, language, problems);
        SurveySheet surveyRows = new SurveySheet(survey, lists, language, problems);
        List<Section> sections = surveyRows.read();
        String code = settingsRow < 0 ? "" : settings.value(settingsRow, "form_id");
        if (code.isEmpty()) {
            code = codeFrom(fileName);
        }
        LocalizedText title = settingsRow < 0 ? LocalizedText.EMPTY : settings.text(settingsRow, "form_title", language);
        if (title.isEmpty()) {
            title = LocalizedText.EMPTY.with(language, code);
        }
        if (sections.isEmpty()) {
            problems.error("survey", -1, -1, "", "no_questions");
            return new XlsFormImport(null, problems.list());
        }
        FormDefinition definition = FormDefinition.unsaved(code, title, languages, sections, null);
        ProblemPlaces places = new ProblemPlaces(survey, choices, settings, settingsRow, lists, surveyRows);
        for (FormProblem p : definition.problems()) {
            problems.add(places.place(p, definition.code()));
        }
        return new XlsFormImport(problems.hasErrors() ? null : definition, problems.list());
    }

    private static Sheet sheet(Workbook workbook, String name) {
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().strip().equalsIgnoreCase(name)) {
                return sheet;
            }
        }
        return null;
    }

    private static String defaultLanguage(SheetTable settings, int row) {
        String declared = settings == null || row < 0 ? "" : settings.value(row, "default_language");
        String code = declared.isEmpty() ? null : SheetTable.languageOf(declared);
        return code == null ? "vi" : code;
    }

    private static List<String> languages(String language, SheetTable survey, SheetTable choices) {
        Set<String> all = new LinkedHashSet<>();
        all.add(language);
        all.addAll(survey.languages(Set.of("label", "hint", "constraint_message")));
        if (choices != null) {
            all.addAll(choices.languages(Set.of("label")));
        }
        return new ArrayList<>(all);
    }

    /** A column Pulse does not read, with something in it, is reported at its first filled cell. */
    private static void unsupportedColumns(SheetTable table, Set<String> known, ImportProblems problems) {
        for (SheetTable.Column c : table.columns()) {
            boolean supported = known != null ? known.contains(c.base())
                    : !ChoiceLists.MEDIA_COLUMNS.contains(c.base());
            if (supported) {
                continue;
            }
            table.dataRows().stream().filter(r -> !table.value(r, c).isEmpty()).findFirst()
                    .ifPresent(r -> problems.error(table.name, r, c.index(), c.header(), "unsupported_column",
                            c.header()));
        }
    }

    /** A form_id from a file name: "Khảo sát 2026.xlsx" → "khao_sat_2026". */
    static String codeFrom(String fileName) {
        String base = fileName == null ? "" : fileName.replaceFirst("\\.[^.]*$", "");
        String code = VietnameseText.fold(base).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        code = code.isEmpty() ? "bang_hoi" : code;
        return code.length() > 64 ? code.substring(0, 64) : code;
    }

    /** Where a validation problem of the definition sits in the workbook. */
    private record ProblemPlaces(SheetTable survey, SheetTable choices, SheetTable settings, int settingsRow,
            ChoiceLists lists, SurveySheet rows) {

        XlsFormProblem place(FormProblem p, String code) {
            Map<String, List<Integer>> rowsOf = rows.rowsOf();
            if (p.subject().equals(code) && !rowsOf.containsKey(code)) {
                boolean onSettings = settings != null && settingsRow >= 0 && !"survey".equals(p.field());
                SheetTable table = onSettings ? settings : survey;
                int row = onSettings ? settingsRow : -1;
                return at(table, row, p.field(), p);
            }
            String list = rows.listOf().get(p.subject());
            if (p.choice() != null && choices != null && list != null) {
                return at(choices, lists.rowOf(list, p.choice()), p.code().contains("label") ? "label" : "name", p);
            }
            List<Integer> found = rowsOf.getOrDefault(p.subject(), List.of(-1));
            // a duplicate name is reported where it appears again
            int row = "name_duplicate".equals(p.code()) && found.size() > 1 ? found.get(1) : found.getFirst();
            return at(survey, row, column(p.field()), p);
        }

        private static String column(String field) {
            return switch (field) {
                case "choices", "items" -> "type";
                default -> field;
            };
        }

        private static XlsFormProblem at(SheetTable table, int row, String column, FormProblem p) {
            SheetTable.Column found = table.column(column);
            String cell = row >= 0 && found != null
                    ? new org.apache.poi.ss.util.CellReference(row, found.index()).formatAsString() : "";
            return new XlsFormProblem(table.name, row + 1, found == null ? column : found.header(), cell, true, p.code(),
                    p.messageKey(), p.args());
        }
    }
}
