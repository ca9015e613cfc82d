package vn.pulse.fieldwork;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a supervisor fills in to assign work.
 *
 * @param target total interviews; ignored when quotas are given (their sum)
 * @param quotas target per stratum code of the questionnaire's sampling plan (may be empty)
 */
public record AssignmentDraft(long questionnaireId, long surveyorId, String areaCode, LocalDate startsOn,
        LocalDate endsOn, int target, Map<String, Integer> quotas) {

    public AssignmentDraft {
        quotas = quotas == null ? Map.of() : Map.copyOf(quotas);
    }
}
