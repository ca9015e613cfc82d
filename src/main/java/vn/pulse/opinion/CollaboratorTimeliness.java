package vn.pulse.opinion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One collaborator's periodic report for one month, against its deadline.
 *
 * @param daysLate days after the deadline it came (late), or has been missing (missing); else 0
 * @param reportId the report, when there is one
 */
public record CollaboratorTimeliness(Author collaborator, String areaCode, String areaName, YearMonth period,
        LocalDate dueOn, Punctuality punctuality, long daysLate, Instant submittedAt, Long reportId) {
}
