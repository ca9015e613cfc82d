package vn.pulse.statistics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Early warning for opinion reports: which topics and directions rose sharply in the latest week.
 * Leaders are still caught by surprise; this is the rule that should have told them.
 */
public final class EarlyWarning {

    private final WarningSettings settings;

    public EarlyWarning(WarningSettings settings) {
        this.settings = settings;
    }

    /** Weekly counts and negative shares per topic, and alerts for the week of {@code latest}. */
    public record Report(List<TopicWeek> weeks, List<OpinionAlert> alerts) {
        public Report {
            weeks = List.copyOf(weeks);
            alerts = List.copyOf(alerts);
        }
    }

    /**
     * For every topic and direction, the latest week's count x is compared with the previous
     * {@code baselineWeeks} weeks (weeks without reports count as 0; weeks before the first
     * reported week are not history and are left out; at least two are needed). With baseline
     * mean m and variance v, the upper tail P(X ≥ x) is taken from a Poisson(m) law, or, when the
     * counts are overdispersed (v > m), from the negative binomial with mean m and variance v
     * (size m²/(v − m)), which keeps bursty topics from alerting every week (Farrington et al.
     * 1996 use a quasi-Poisson for the same reason). An alert needs x ≥ the minimum count,
     * x/m ≥ the minimum ratio, and a tail probability below the significance.
     *
     * @param latest any day of the week to evaluate; counts after that week are ignored
     */
    public Report evaluate(List<WeeklyOpinionCount> counts, LocalDate latest) {
        LocalDate week = monday(latest);
        LocalDate first = counts.stream().map(WeeklyOpinionCount::week).min(LocalDate::compareTo).orElse(week);
        Map<List<String>, Series> series = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (WeeklyOpinionCount c : counts) {
            if (!c.week().isAfter(week)) {
                series.computeIfAbsent(List.of(c.topic(), c.direction()),
                        k -> new Series(c.topic(), c.direction(), c.negative(), new TreeMap<>()))
                        .counts().merge(c.week(), c.count(), Long::sum);
            }
        }
        List<OpinionAlert> alerts = series.values().stream().map(s -> test(s, first, week))
                .filter(Objects::nonNull).toList();
        return new Report(topicWeeks(series.values(), first, week), alerts);
    }

    /** One topic and direction's weekly counts. */
    private record Series(String topic, String direction, boolean negative, Map<LocalDate, Long> counts) {
        long in(LocalDate week) {
            return counts.getOrDefault(week, 0L);
        }
    }

    private OpinionAlert test(Series series, LocalDate first, LocalDate week) {
        List<Long> baseline = new ArrayList<>();
        for (int k = settings.baselineWeeks(); k >= 1; k--) {
            LocalDate past = week.minusWeeks(k);
            if (!past.isBefore(first)) {
                baseline.add(series.in(past));
            }
        }
        long count = series.in(week);
        if (baseline.size() < 2 || count < settings.minimumCount()) {
            return null;
        }
        double mean = baseline.stream().mapToLong(Long::longValue).average().orElseThrow();
        double variance = baseline.stream().mapToDouble(c -> (c - mean) * (c - mean)).sum() / (baseline.size() - 1);
        double pValue = variance > mean
                ? Distributions.negativeBinomialUpper(count, mean * mean / (variance - mean), mean)
                : Distributions.poissonUpper(count, mean);
        double ratio = mean == 0 ? Double.POSITIVE_INFINITY : count / mean;
        if (pValue >= settings.significance() || ratio < settings.minimumRatio()) {
            return null;
        }
        WarningReason reason = new WarningReason(mean == 0 ? "statistics.warning.new" : "statistics.warning.rise",
                ratio, baseline.size(), count, mean);
        return new OpinionAlert(series.topic(), series.direction(), series.negative(), week, count, mean, variance,
                pValue, reason);
    }

    /** Every week from the first to the last, per topic: all directions, and the negative ones. */
    private static List<TopicWeek> topicWeeks(Collection<Series> series, LocalDate first, LocalDate last) {
        Map<String, List<Series>> byTopic = new TreeMap<>();
        series.forEach(s -> byTopic.computeIfAbsent(s.topic(), t -> new ArrayList<>()).add(s));
        List<TopicWeek> weeks = new ArrayList<>();
        byTopic.forEach((topic, directions) -> {
            for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
                long total = 0;
                long negative = 0;
                for (Series direction : directions) {
                    total += direction.in(week);
                    negative += direction.negative() ? direction.in(week) : 0;
                }
                weeks.add(new TopicWeek(topic, week, total, negative, total == 0 ? Double.NaN : negative / (double) total));
            }
        });
        return weeks;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
