package vn.pulse.fieldwork;

import java.time.Instant;

/** A stored response as queues and lists show it (no answers). */
public record ResponseSummary(long id, String uuid, long questionnaireId, int version, String areaCode,
        String areaName, String areaPath, long collectorId, String collectorName, Channel channel, String formNumber,
        ResponseStatus status, Instant completedAt, Instant receivedAt, String reviewComment, Long assignmentId) {
}
