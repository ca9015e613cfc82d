package vn.pulse.reporting.export;

import java.util.ArrayList;
import java.util.List;
import vn.pulse.base.i18n.Messages;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.QuestionType;

/**
 * SPSS syntax that reads the CSV export: GET DATA with each column's format, single-choice and
 * matrix columns recoded from option names into codes 1..k in the form's order (the codes a
 * matrix answer stores), variable labels and value labels in the questionnaire's default
 * language. Run it from the folder that holds the CSV.
 */
public final class SpssSyntax {

    /** SPSS labels are at most 255 bytes; Vietnamese takes up to 3 bytes a letter. */
    private static final int MAX_LABEL = 80;
    private static final String TEXT_WIDTH = "A2000";

    private SpssSyntax() {
    }

    public static String of(ExportColumns columns, String csvFileName) {
        FormDefinition form = columns.form();
        String language = form.defaultLanguage();
        List<ExportColumns.Column> all = columns.columns();
        StringBuilder s = new StringBuilder();
        s.append("* Encoding: UTF-8.\n");
        s.append("* Pulse: ").append(comment(form.title().in(language, language))).append(" (").append(form.code())
                .append("), ").append(Messages.get("reporting.export.version", Messages.VIETNAMESE, form.version()))
                .append(".\n");
        s.append("SET UNICODE=ON.\n");
        s.append("GET DATA\n  /TYPE=TXT\n  /FILE='").append(quote(csvFileName)).append("'\n")
                .append("  /ENCODING='UTF8'\n  /DELCASE=LINE\n  /DELIMITERS=\",\"\n  /QUALIFIER='\"'\n")
                .append("  /ARRANGEMENT=DELIMITED\n  /FIRSTCASE=2\n  /VARIABLES=\n");
        List<String[]> recodes = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ExportColumns.Column c = all.get(i);
            String name = c.name();
            if (c.kind() == ExportColumns.Kind.CHOICE) {
                name = "pulsetmp" + i;
                recodes.add(new String[] {name, c.name(), String.valueOf(i)});
            }
            s.append("    ").append(name).append(' ').append(format(c)).append('\n');
        }
        s.append(".\nDATASET NAME pulse WINDOW=FRONT.\n");
        if (!recodes.isEmpty()) {
            s.append("* Options are read as their names and recoded into codes 1..k in the questionnaire's order.\n");
            for (String[] recode : recodes) {
                ExportColumns.Column c = all.get(Integer.parseInt(recode[2]));
                s.append("RECODE ").append(recode[0]);
                List<Choice> values = c.values();
                for (int k = 0; k < values.size(); k++) {
                    s.append(" ('").append(quote(values.get(k).name())).append("'=").append(k + 1).append(')');
                }
                s.append(" (ELSE=SYSMIS) INTO ").append(recode[1]).append(".\n");
            }
            s.append("EXECUTE.\nDELETE VARIABLES");
            recodes.forEach(r -> s.append(' ').append(r[0]));
            s.append(".\n");
        }
        s.append("VARIABLE LABELS\n");
        for (int i = 0; i < all.size(); i++) {
            ExportColumns.Column c = all.get(i);
            String label = c.kind() == ExportColumns.Kind.META
                    ? Messages.get("reporting.export.meta." + c.name(), Messages.VIETNAMESE)
                    : c.label(language, language);
            s.append("    ").append(c.name()).append(" '").append(quote(shorten(label))).append('\'')
                    .append(i == all.size() - 1 ? ".\n" : "\n");
        }
        List<String> valueLabels = new ArrayList<>();
        for (ExportColumns.Column c : all) {
            String labels = valueLabels(c, language);
            if (labels != null) {
                valueLabels.add("    " + c.name() + labels);
            }
        }
        if (!valueLabels.isEmpty()) {
            s.append("VALUE LABELS\n").append(String.join("\n  /", valueLabels)).append(".\n");
        }
        s.append("EXECUTE.\n");
        return s.toString();
    }

    private static String valueLabels(ExportColumns.Column c, String language) {
        StringBuilder s = new StringBuilder();
        switch (c.kind()) {
            case FLAG -> s.append(" 0 '").append(quote(Messages.get("reporting.export.no", Messages.VIETNAMESE)))
                    .append("' 1 '").append(quote(Messages.get("reporting.export.yes", Messages.VIETNAMESE)))
                    .append('\'');
            case CHOICE -> {
                List<Choice> values = c.values();
                for (int k = 0; k < values.size(); k++) {
                    s.append(' ').append(k + 1).append(" '")
                            .append(quote(shorten(values.get(k).label().in(language, language)))).append('\'');
                }
            }
            case NUMBER -> {
                if (c.question().type() != QuestionType.LIKERT) {
                    return null;
                }
                for (Choice choice : c.values()) {
                    if (!choice.name().matches("-?\\d+(\\.\\d+)?")) {
                        return null;
                    }
                    s.append(' ').append(choice.name()).append(" '")
                            .append(quote(shorten(choice.label().in(language, language)))).append('\'');
                }
            }
            default -> {
                return null;
            }
        }
        return s.isEmpty() ? null : s.toString();
    }

    private static String format(ExportColumns.Column c) {
        if (c.kind() == ExportColumns.Kind.META) {
            return switch (c.name()) {
                case "response_id" -> "F12.0";
                case "version" -> "F4.0";
                case "interview_date" -> "SDATE10";
                case "status" -> "A10";
                case "area_code" -> "A16";
                default -> "A64";
            };
        }
        return switch (c.kind()) {
            case FLAG -> "F1.0";
            case CHOICE -> "A64";
            case NUMBER -> c.question().type() == QuestionType.DECIMAL ? "F16.4" : "F12.0";
            case TEXT -> c.question().type() == QuestionType.DATE ? "SDATE10" : TEXT_WIDTH;
            default -> TEXT_WIDTH;
        };
    }

    private static String shorten(String label) {
        String clean = label.replaceAll("\\s+", " ").strip();
        return clean.length() <= MAX_LABEL ? clean : clean.substring(0, MAX_LABEL - 1) + "…";
    }

    private static String quote(String text) {
        return text.replace("'", "''");
    }

    /** A comment line ends at its first full stop followed by a line end: keep it on one line. */
    private static String comment(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
