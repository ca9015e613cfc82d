package vn.pulse.reporting;

import java.util.List;

/**
 * A schedule as a form or client sends it.
 *
 * @param id         null for a new schedule
 * @param letterhead null: the area's proposal at each run
 */
public record ScheduleDraft(Long id, ReportKind kind, String areaCode, PeriodType cadence, int dayOfMonth, int hour,
        int minute, Letterhead letterhead, Secrecy secrecy, List<String> readers) {

    public ScheduleDraft {
        readers = readers == null ? List.of() : List.copyOf(readers);
    }
}
