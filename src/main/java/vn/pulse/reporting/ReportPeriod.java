package vn.pulse.reporting;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.pulse.base.DomainException;
import vn.pulse.base.Formats;

/**
 * The dates a report covers, both inclusive, as local dates in Asia/Ho_Chi_Minh. Its code is
 * what the API and the archive keep: {@code 2026-10} (a month), {@code 2026-Q3} (a quarter),
 * {@code 2026} (a year) or {@code 2026-11-01..2026-11-14} (a window of days).
 */
public record ReportPeriod(PeriodType type, LocalDate from, LocalDate to) {

    /** The longest window of days of a quick report. */
    public static final int MAX_DAYS = 92;
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public ReportPeriod {
        if (type == null || from == null || to == null || to.isBefore(from)) {
            throw invalid(type + " " + from + " " + to);
        }
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(PeriodType.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static ReportPeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new ReportPeriod(PeriodType.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(PeriodType.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** A window of days, at most {@link #MAX_DAYS} long. */
    public static ReportPeriod days(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw DomainException.invalid("period_invalid", "reporting.error.window", MAX_DAYS);
        }
        return new ReportPeriod(PeriodType.DAYS, from, to);
    }

    /** The period a code names; a 422 for anything else. */
    public static ReportPeriod parse(String code) {
        String text = code == null ? "" : code.strip();
        try {
            Matcher quarter = QUARTER.matcher(text);
            if (quarter.matches()) {
                return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
            }
            if (YEAR.matcher(text).matches()) {
                return year(Integer.parseInt(text));
            }
            if (text.contains("..")) {
                String[] ends = text.split("\\.\\.", 2);
                return days(LocalDate.parse(ends[0].strip()), LocalDate.parse(ends[1].strip()));
            }
            return month(YearMonth.parse(text));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw invalid(code);
        }
    }

    /** The period of the given type that holds the day. */
    public static ReportPeriod of(PeriodType type, LocalDate day) {
        return switch (type) {
            case MONTH -> month(YearMonth.from(day));
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> year(day.getYear());
            case DAYS -> days(day, day);
        };
    }

    /** The period of the same type just before this one (not for windows of days). */
    public ReportPeriod previous() {
        return of(type, from.minusDays(1));
    }

    public String code() {
        return switch (type) {
            case MONTH -> YearMonth.from(from).toString();
            case QUARTER -> from.getYear() + "-Q" + quarterNumber();
            case YEAR -> Year.from(from).toString();
            case DAYS -> from + ".." + to;
        };
    }

    /** The period in words as Vietnamese documents write it: "tháng 10 năm 2023", "quý III năm 2023". */
    public String inWords() {
        return switch (type) {
            case MONTH -> "tháng " + from.getMonthValue() + " năm " + from.getYear();
            case QUARTER -> "quý " + ROMAN[quarterNumber() - 1] + " năm " + from.getYear();
            case YEAR -> "năm " + from.getYear();
            case DAYS -> "từ ngày " + Formats.date(from) + " đến ngày " + Formats.date(to);
        };
    }

    private int quarterNumber() {
        return (from.getMonthValue() - 1) / 3 + 1;
    }

    private static DomainException invalid(String code) {
        return DomainException.invalid("period_invalid", "reporting.error.period", String.valueOf(code));
    }
}
