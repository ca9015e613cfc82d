package vn.pulse.opinion;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A month to report on and its deadline: a monthly report is due on a given day of the
 * following month (e.g. report for October, due 5 November).
 */
public record ReportingPeriod(YearMonth month, LocalDate dueOn) {

    /** Due days stop at 28 so that every month has one. */
    public static final int MAX_DUE_DAY = 28;

    public static ReportingPeriod monthly(YearMonth month, int dueDay) {
        return new ReportingPeriod(month, month.plusMonths(1).atDay(dueDay));
    }

    /** Whole days after the deadline, 0 when on time. */
    public long daysLate(LocalDate submittedOn) {
        return Math.max(0, ChronoUnit.DAYS.between(dueOn, submittedOn));
    }

    public boolean overdueOn(LocalDate today) {
        return today.isAfter(dueOn);
    }

    /** Where a report first submitted on {@code submittedOn} ({@code null}: not yet) stands on {@code today}. */
    public Punctuality punctuality(LocalDate submittedOn, LocalDate today) {
        if (submittedOn != null) {
            return daysLate(submittedOn) == 0 ? Punctuality.ON_TIME : Punctuality.LATE;
        }
        return overdueOn(today) ? Punctuality.MISSING : Punctuality.NOT_DUE;
    }

    /** Days late for a submitted report; days overdue so far for a missing one; else 0. */
    public long daysLate(LocalDate submittedOn, LocalDate today) {
        return daysLate(submittedOn != null ? submittedOn : today);
    }
}
