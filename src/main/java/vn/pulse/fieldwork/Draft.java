package vn.pulse.fieldwork;

import java.time.Instant;
import java.util.Map;

/**
 * An interview in progress, only ever seen by its surveyor.
 *
 * @param uuid     becomes the response's uuid on submission
 * @param answers  the answers as typed (raw JSON values)
 * @param paradata what the form recorded so far (seconds per section, consent, location)
 */
public record Draft(long id, String uuid, long questionnaireId, int version, Long assignmentId, long surveyorId,
        String areaCode, Map<String, Object> answers, Map<String, Object> paradata, Instant startedAt,
        Instant updatedAt, Long replacesResponseId) {

    public Draft {
        answers = answers == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
        paradata = paradata == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(paradata));
    }
}
