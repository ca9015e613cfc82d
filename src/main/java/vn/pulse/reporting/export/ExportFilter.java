package vn.pulse.reporting.export;

import java.util.Set;
import vn.pulse.base.security.AreaScope;
import vn.pulse.fieldwork.ResponseStatus;

/**
 * Which responses an export holds.
 *
 * @param questionnaireId the questionnaire
 * @param version         its version: the responses collected with it
 * @param statuses        the statuses that count (FieldworkProperties, unless asked otherwise)
 * @param scope           the area subtree of the person exporting
 */
public record ExportFilter(long questionnaireId, int version, Set<ResponseStatus> statuses, AreaScope scope) {

    public ExportFilter {
        statuses = Set.copyOf(statuses);
    }
}
