package vn.pulse.reporting;

import java.util.List;

/** What a schedule's runs put on their documents, kept as JSON in report_schedule.settings. */
record ScheduleSettings(Letterhead letterhead, Secrecy secrecy, List<String> readers) {

    ScheduleSettings {
        readers = readers == null ? List.of() : List.copyOf(readers);
    }
}
