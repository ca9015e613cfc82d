package vn.pulse.reporting.document;

import java.util.Locale;
import vn.pulse.base.Formats;

/**
 * One cell of a report table: text, or a number with the way it is written. A suppressed cell
 * (fewer reports behind it than the small-cell rule allows) is never written as a number, in any
 * format.
 *
 * @param text   the text of a TEXT cell
 * @param value  the number of any other cell (a share as 0..1)
 * @param format how the value is written
 */
public record Cell(String text, double value, Format format, boolean suppressed) {

    /** What stands in for a withheld number, in every format. */
    public static final String SUPPRESSED = "–";

    /** DECIMAL: one decimal (3,5); MEAN: two, as means of scales are read (3,70). */
    public enum Format { TEXT, INTEGER, PERCENT, DECIMAL, MEAN }

    public static Cell text(String text) {
        return new Cell(text == null ? "" : text, Double.NaN, Format.TEXT, false);
    }

    public static Cell count(long count) {
        return new Cell(null, count, Format.INTEGER, false);
    }

    /** A share in 0..1, written as a percentage with one decimal ("62,5%"). */
    public static Cell share(double share) {
        return Double.isNaN(share) ? text("") : new Cell(null, share, Format.PERCENT, false);
    }

    public static Cell decimal(double value) {
        return Double.isNaN(value) ? text("") : new Cell(null, value, Format.DECIMAL, false);
    }

    /** A mean of a scale or rating, with two decimals ("3,70"). */
    public static Cell mean(double value) {
        return Double.isNaN(value) ? text("") : new Cell(null, value, Format.MEAN, false);
    }

    public static Cell withheld() {
        return new Cell(null, Double.NaN, Format.INTEGER, true);
    }

    public boolean numeric() {
        return format != Format.TEXT && !suppressed;
    }

    /** The cell as people read it: Vietnamese decimal comma, one decimal for shares and decimals, two for means. */
    public String display(Locale locale) {
        if (suppressed) {
            return SUPPRESSED;
        }
        return switch (format) {
            case TEXT -> text;
            case INTEGER -> Formats.integer(Math.round(value), locale);
            case PERCENT -> Formats.percent(value, locale);
            case DECIMAL -> Formats.number(value, 1, locale);
            case MEAN -> Formats.number(value, 2, locale);
        };
    }
}
