package vn.pulse.statistics;

/**
 * Why a topic was flagged, in a form {@code base.i18n.Messages} formats in Vietnamese or English:
 * {@code Messages.get(reason.messageKey(), locale, reason.arguments())}, e.g. "tăng 3,2 lần so
 * với trung bình 8 tuần trước (13 ý kiến, trung bình 4,1)".
 *
 * @param messageKey    {@code statistics.warning.rise}, or {@code statistics.warning.new} when
 *                      the baseline had no opinions at all
 * @param ratio         latest count over the baseline mean (infinite for a new topic)
 * @param baselineWeeks weeks in the baseline
 * @param count         opinions in the latest week
 * @param baselineMean  mean weekly count in the baseline
 */
public record WarningReason(String messageKey, double ratio, int baselineWeeks, long count, double baselineMean) {

    /** The message arguments {0} ratio, {1} weeks, {2} count, {3} baseline mean. */
    public Object[] arguments() {
        return new Object[] {ratio, baselineWeeks, count, baselineMean};
    }
}
