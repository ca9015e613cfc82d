package vn.pulse.fieldwork;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code pulse.fieldwork.*} (documented in README.md).
 *
 * @param statisticsStatuses response statuses that feed statistics, dashboards and reports; by
 *                           default approved ones and submitted ones nobody has reviewed yet
 *                           (outputs flag the share of the latter)
 */
@ConfigurationProperties("pulse.fieldwork")
public record FieldworkProperties(@DefaultValue({"submitted", "approved"}) Set<ResponseStatus> statisticsStatuses) {

    public FieldworkProperties {
        statisticsStatuses = Set.copyOf(statisticsStatuses);
    }

    /** Does a response in this status count in statistics? */
    public boolean counts(ResponseStatus status) {
        return status != null && statisticsStatuses.contains(status);
    }
}
