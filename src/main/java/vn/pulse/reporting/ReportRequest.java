package vn.pulse.reporting;

import java.util.List;

/**
 * What someone asks Pulse to write.
 *
 * @param kind       which document
 * @param areaCode   the area reported on (inside the caller's own)
 * @param period     the period's code (see {@link ReportPeriod}): a month, quarter or year for a
 *                   periodic report, a window of days ({@code 2026-11-01..2026-11-14}) for a quick one
 * @param topic      the topic's code, for a quick report
 * @param letterhead who issues and signs; {@code null} takes the area's proposal
 * @param secrecy    the secrecy mark; {@code null} for none
 * @param readers    usernames of the distribution list: besides the area's leaders, the only
 *                   people who may read a marked document
 * @param requestKey a key the client chooses so that sending the same request twice starts one
 *                   run only; may be null
 * @param questionnaire the questionnaire's id, for a survey results report
 * @param baseline   the earlier wave a survey results report compares with (a period code like
 *                   {@code period}, ending before it); null for none
 */
public record ReportRequest(ReportKind kind, String areaCode, String period, String topic, Letterhead letterhead,
        Secrecy secrecy, List<String> readers, String requestKey, Long questionnaire, String baseline) {

    public ReportRequest {
        readers = readers == null ? List.of() : List.copyOf(readers);
    }

    /** A request of an opinion report (no questionnaire, no baseline). */
    public ReportRequest(ReportKind kind, String areaCode, String period, String topic, Letterhead letterhead,
            Secrecy secrecy, List<String> readers, String requestKey) {
        this(kind, areaCode, period, topic, letterhead, secrecy, readers, requestKey, null, null);
    }
}
