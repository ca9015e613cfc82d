package vn.pulse.reporting;

import java.util.Set;
import vn.pulse.fieldwork.ResponseStatus;

/**
 * What someone asks to export.
 *
 * @param questionnaireId the questionnaire
 * @param version         its version; null for the current published one
 * @param format          which file
 * @param statuses        which response statuses; null or empty for those that count in
 *                        statistics ({@code pulse.fieldwork.statistics-statuses})
 */
public record ExportRequest(long questionnaireId, Integer version, ExportFormat format, Set<ResponseStatus> statuses) {

    public ExportRequest {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
