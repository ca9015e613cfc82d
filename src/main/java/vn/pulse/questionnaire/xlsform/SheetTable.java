package vn.pulse.questionnaire.xlsform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.pulse.questionnaire.LocalizedText;

/**
 * One sheet of an XLSForm as a table: the header row names the columns (a column such as
 * {@code label::Tiếng Việt (vi)} is the {@code label} column in language {@code vi}); cells read
 * as the text a person sees in them.
 */
final class SheetTable {

    static final int MAX_ROWS = 20_000;
    private static final Pattern LANGUAGE_CODE = Pattern.compile(".*\\(([A-Za-z]{2,3})\\)\\s*");
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("english", "en", "vietnamese", "vi",
            "tiếng việt", "vi", "tieng viet", "vi");

    /** A column: its 0-based index, header as written, base name (lower case) and language (or null). */
    record Column(int index, String header, String base, String language) {
    }

    final String name;
    private final Sheet sheet;
    private final List<Column> columns = new ArrayList<>();

    SheetTable(Sheet sheet, String name, ImportProblems problems) {
        this.sheet = sheet;
        this.name = name;
        Row header = sheet.getRow(sheet.getFirstRowNum());
        if (header == null) {
            return;
        }
        for (Cell cell : header) {
            String text = read(cell).strip();
            if (text.isEmpty()) {
                continue;
            }
            String base = text;
            String language = null;
            int sep = text.indexOf("::");
            if (sep > 0 && !text.substring(0, sep).strip().equalsIgnoreCase("media")) {
                base = text.substring(0, sep);
                language = languageOf(text.substring(sep + 2));
                if (language == null) {
                    problems.error(name, header.getRowNum(), cell.getColumnIndex(), text, "language_unknown",
                            text.substring(sep + 2));
                }
            }
            // media::image and the like: one "media" column family, never a language
            base = base.strip().toLowerCase(Locale.ROOT).startsWith("media::") ? "media" : base;
            columns.add(new Column(cell.getColumnIndex(), text, base.strip().toLowerCase(Locale.ROOT), language));
        }
    }

    static String languageOf(String spec) {
        String s = spec.strip();
        Matcher m = LANGUAGE_CODE.matcher(s);
        if (m.matches()) {
            return m.group(1).toLowerCase(Locale.ROOT);
        }
        if (s.matches("[A-Za-z]{2,3}")) {
            return s.toLowerCase(Locale.ROOT);
        }
        return LANGUAGE_NAMES.get(s.toLowerCase(Locale.ROOT));
    }

    List<Column> columns() {
        return columns;
    }

    /** 0-based indexes of the data rows that hold anything, header excluded. */
    List<Integer> dataRows() {
        List<Integer> rows = new ArrayList<>();
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && columns.stream().anyMatch(c -> !read(row.getCell(c.index())).isBlank())) {
                rows.add(r);
            }
        }
        return rows;
    }

    int rowCount() {
        return sheet.getLastRowNum() - sheet.getFirstRowNum();
    }

    Column column(String base) {
        return columns.stream().filter(c -> c.base().equals(base) && c.language() == null).findFirst()
                .orElse(columns.stream().filter(c -> c.base().equals(base)).findFirst().orElse(null));
    }

    int indexOf(String base) {
        Column c = column(base);
        return c == null ? -1 : c.index();
    }

    /** The text of a cell in the column named {@code base} (without language), or "". */
    String value(int row, String base) {
        Column c = columns.stream().filter(col -> col.base().equals(base) && col.language() == null).findFirst()
                .orElse(null);
        return c == null ? "" : value(row, c);
    }

    String value(int row, Column column) {
        Row r = sheet.getRow(row);
        return r == null ? "" : read(r.getCell(column.index())).strip();
    }

    /** A text by language from {@code base::<language>} columns; a plain {@code base} column is the default language. */
    LocalizedText text(int row, String base, String defaultLanguage) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Column c : columns) {
            if (c.base().equals(base)) {
                String language = c.language() == null ? defaultLanguage : c.language();
                String value = value(row, c);
                if (!value.isEmpty()) {
                    texts.putIfAbsent(language, value);
                }
            }
        }
        return new LocalizedText(texts);
    }

    /** Languages named in the headers of these columns, in order. */
    Set<String> languages(Set<String> bases) {
        Set<String> found = new LinkedHashSet<>();
        columns.stream().filter(c -> bases.contains(c.base()) && c.language() != null).forEach(c -> found.add(c.language()));
        return found;
    }

    /** What the cell shows: text as is, whole numbers without ".0", dates as yyyy-MM-dd, cached formula results. */
    static String read(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
