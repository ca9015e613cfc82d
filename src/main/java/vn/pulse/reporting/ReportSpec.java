package vn.pulse.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.pulse.area.Area;

/**
 * A report request checked and resolved: the area exists and lies in the requester's scope, the
 * period and topic are valid, the letterhead is complete and the readers may read it. Builders
 * and renderers take it as it is.
 *
 * @param topicCode  the topic of a quick report, else null
 * @param issuedOn   the date the document bears (Asia/Ho_Chi_Minh)
 * @param requestedAt when it was asked for
 * @param minReports the small-cell rule: figures resting on fewer reports (or respondents) are withheld
 * @param questionnaireId the questionnaire of a survey results report, else null
 * @param baseline   the earlier wave it is compared with, or null
 */
public record ReportSpec(ReportKind kind, Area area, ReportPeriod period, String topicCode, Letterhead letterhead,
        Secrecy secrecy, List<Reader> readers, LocalDate issuedOn, Instant requestedAt, int minReports,
        Long questionnaireId, ReportPeriod baseline) {

    public ReportSpec {
        readers = List.copyOf(readers);
    }
}
