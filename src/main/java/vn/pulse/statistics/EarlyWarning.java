package vn.pulse.statistics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        Map<String, Map<String, Map<LocalDate, Long>>> series = new TreeMap<>();
        Map<String, Boolean> negative = new TreeMap<>();
        for (WeeklyOpinionCount c : counts) {
            if (!c.week().isAfter(week)) {
                series.computeIfAbsent(c.topic(), t -> new TreeMap<>()).computeIfAbsent(c.direction(), d -> new TreeMap<>())
                        .merge(c.week(), c.count(), Long::sum);
                negative.put(c.topic() + '\u0000' + c.direction(), c.negative());
            }
        }
        List<OpinionAlert> alerts = new ArrayList<>();
        List<TopicWeek> weeks = new ArrayList<>();
        series.forEach((topic, directions) -> {
            directions.forEach((direction, byWeek) -> {
                OpinionAlert alert = test(topic, direction, negative.get(topic + '\u0000' + direction), byWeek, first, week);
                if (alert != null) {
                    alerts.add(alert);
                }
            });
            weeks.addAll(topicWeeks(topic, directions, negative, first, week));
        });
        return new Report(weeks, alerts);
    }

    private OpinionAlert test(String topic, String direction, boolean isNegative, Map<LocalDate, Long> byWeek,
                              LocalDate first, LocalDate week) {
        List<Long> baseline = new ArrayList<>();
        for (int k = settings.baselineWeeks(); k >= 1; k--) {
            LocalDate past = week.minusWeeks(k);
            if (!past.isBefore(first)) {
                baseline.add(byWeek.getOrDefault(past, 0L));
            }
        }
        long count = byWeek.getOrDefault(week, 0L);
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
        return new OpinionAlert(topic, direction, isNegative, week, count, mean, variance, pValue, reason);
    }

    private static List<TopicWeek> topicWeeks(String topic, Map<String, Map<LocalDate, Long>> directions,
                                              Map<String, Boolean> negative, LocalDate first, LocalDate last) {
        List<TopicWeek> weeks = new ArrayList<>();
        for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
            long total = 0;
            long negativeCount = 0;
            for (var direction : directions.entrySet()) {
                long count = direction.getValue().getOrDefault(week, 0L);
                total += count;
                negativeCount += negative.get(topic + '\u0000' + direction.getKey()) ? count : 0;
            }
            weeks.add(new TopicWeek(topic, week, total, negativeCount,
                    total == 0 ? Double.NaN : negativeCount / (double) total));
        }
        return weeks;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
