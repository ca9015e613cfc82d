package vn.pulse.statistics;

/**
 * An interview completed far faster than is plausible for its questionnaire.
 *
 * @param responseId    the response
 * @param seconds       its duration
 * @param medianSeconds the questionnaire's median duration
 * @param ratio         seconds / median
 */
public record SpeedingFlag(String responseId, double seconds, double medianSeconds, double ratio)
        implements QualityFlag {

    @Override
    public String subject() {
        return responseId;
    }
}
