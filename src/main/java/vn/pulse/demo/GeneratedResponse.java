package vn.pulse.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One made-up interview, ready for the submission pipeline or the fast path.
 *
 * @param answers cleaned answers by question name, typed as the questionnaire module types them:
 *                String (single choice, text), List of String (multiple choice), Long (Likert,
 *                rating), Map of item to choice name (matrix)
 */
public record GeneratedResponse(String uuid, int index, Site site, Fieldworker collector, LocalDate interviewDate,
        Instant startedAt, int durationSeconds, Map<String, Object> answers) {

    public Instant completedAt() {
        return startedAt.plusSeconds(durationSeconds);
    }
}
