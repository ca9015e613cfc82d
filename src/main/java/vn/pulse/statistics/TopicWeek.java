package vn.pulse.statistics;

import java.time.LocalDate;

/**
 * One topic's opinions in one week, all directions together.
 *
 * @param topic         the topic's code
 * @param week          Monday of the week
 * @param total         opinions reported
 * @param negative      of which in a negative direction
 * @param negativeShare negative / total; NaN when there were none
 */
public record TopicWeek(String topic, LocalDate week, long total, long negative, double negativeShare) {
}
