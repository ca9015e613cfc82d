package vn.pulse.opinion;

import java.time.YearMonth;
import java.util.List;

/** How many collaborators of an area filed their report for a month on time, late, or not at all. */
public record TimelinessSummary(YearMonth period, int onTime, int late, int missing, int notDue,
        double averageDaysLate) {

    static TimelinessSummary of(YearMonth period, List<CollaboratorTimeliness> rows) {
        int onTime = count(rows, Punctuality.ON_TIME);
        int late = count(rows, Punctuality.LATE);
        double averageDaysLate = rows.stream().filter(r -> r.punctuality() == Punctuality.LATE)
                .mapToLong(CollaboratorTimeliness::daysLate).average().orElse(0);
        return new TimelinessSummary(period, onTime, late, count(rows, Punctuality.MISSING),
                count(rows, Punctuality.NOT_DUE), averageDaysLate);
    }

    /** Late and missing together: what a supervisor has to chase. */
    public int lateOrMissing() {
        return late + missing;
    }

    /** Share of reports in on time, among collaborators whose deadline has passed or who filed; 0..1. */
    public double onTimeShare() {
        int expected = onTime + late + missing;
        return expected == 0 ? 0 : (double) onTime / expected;
    }

    private static int count(List<CollaboratorTimeliness> rows, Punctuality punctuality) {
        return (int) rows.stream().filter(r -> r.punctuality() == punctuality).count();
    }
}
