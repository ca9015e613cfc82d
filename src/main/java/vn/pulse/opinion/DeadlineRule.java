package vn.pulse.opinion;

import java.time.Instant;

/** Monthly reports of collaborators in this area (and below, unless a deeper rule says otherwise) are due on {@code dueDay}. */
public record DeadlineRule(String areaCode, String areaName, String areaPath, int dueDay, Instant updatedAt,
        String updatedBy) {
}
