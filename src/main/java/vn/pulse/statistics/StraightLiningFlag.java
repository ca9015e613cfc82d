package vn.pulse.statistics;

/**
 * A battery answered with the same value item after item.
 *
 * @param responseId   the response
 * @param answered     items of the battery answered
 * @param longestRun   longest run of consecutive identical answers
 * @param value        the value repeated in that run
 * @param zeroVariance whether every answered item has that value
 */
public record StraightLiningFlag(String responseId, int answered, int longestRun, double value, boolean zeroVariance)
        implements QualityFlag {

    @Override
    public String subject() {
        return responseId;
    }
}
