package vn.pulse.fieldwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import vn.pulse.area.Area;
import vn.pulse.questionnaire.FormDefinition;

/**
 * A submission the server has checked: cleaned answers of the relevant questions (calculations
 * recomputed), its area, stratum and cluster; ready to be written.
 */
record Accepted(String uuid, FormDefinition form, Area area, String stratum, String cluster, long collectorId,
        long enteredBy, Channel channel, String formNumber, Instant startedAt, Instant completedAt,
        LocalDate interviewDate, Integer durationSeconds, Location location, String userAgent, String paradata,
        Long assignmentId, Map<String, Object> answers) {
}
