package vn.pulse.opinion;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A month the collaborator still owes a periodic report for.
 *
 * @param daysOverdue whole days past the deadline, 0 while it has not passed
 * @param draftUuid   the draft already started for this month, or {@code null}
 */
public record DuePeriod(YearMonth period, LocalDate dueOn, long daysOverdue, String draftUuid) {

    public boolean overdue() {
        return daysOverdue > 0;
    }
}
