package vn.pulse.statistics;

import java.time.LocalDate;
import java.util.Objects;
import vn.pulse.base.DomainException;

/**
 * How many reported opinions of one topic and direction fell in one week.
 *
 * @param topic     the topic's code (e.g. "dat_dai")
 * @param direction the direction's code (e.g. "phan_doi")
 * @param negative  whether the direction is negative (opposition, unease, negative mood)
 * @param week      any day of the week; weeks run Monday to Sunday
 * @param count     opinions reported, zero or more
 */
public record WeeklyOpinionCount(String topic, String direction, boolean negative, LocalDate week, long count) {

    public WeeklyOpinionCount {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(direction, "direction");
        week = EarlyWarning.monday(Objects.requireNonNull(week, "week"));
        if (count < 0) {
            throw DomainException.invalid("negative_count", "statistics.error.negativeCount", topic, count);
        }
    }
}
