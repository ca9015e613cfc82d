package vn.pulse.fieldwork;

import java.time.LocalDate;
import java.util.Map;

/**
 * A published questionnaire given to a surveyor for an area and a period, with its progress.
 *
 * @param target       interviews expected in total
 * @param quotas       target per stratum of the sampling plan (empty: no quotas)
 * @param done         interviews counted so far (every status but rejected)
 * @param doneByStratum the same per stratum
 */
public record Assignment(long id, long questionnaireId, String questionnaireTitle, long surveyorId,
        String surveyorName, String areaCode, String areaName, String areaPath, LocalDate startsOn, LocalDate endsOn,
        int target, Map<String, Integer> quotas, int done, Map<String, Integer> doneByStratum) {

    public Assignment {
        quotas = quotas == null ? Map.of() : Map.copyOf(quotas);
        doneByStratum = doneByStratum == null ? Map.of() : Map.copyOf(doneByStratum);
    }

    public boolean isOpen(LocalDate today) {
        return !today.isBefore(startsOn) && !today.isAfter(endsOn);
    }

    /** Is this stratum's quota reached? (Never without a quota for it.) */
    public boolean isFull(String stratum) {
        Integer quota = stratum == null ? null : quotas.get(stratum);
        return quota != null && doneByStratum.getOrDefault(stratum, 0) >= quota;
    }

    public double share() {
        return target <= 0 ? 0 : Math.min(1.0, done / (double) target);
    }
}
