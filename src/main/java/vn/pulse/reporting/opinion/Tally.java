package vn.pulse.reporting.opinion;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams counted by some key (a direction, a holder group, a place), each with the distinct
 * reports they come from: the base of the small-cell rule.
 */
final class Tally<K> {

    private final Map<K, Long> streams = new LinkedHashMap<>();
    private final Map<K, Set<Long>> reports = new LinkedHashMap<>();

    void add(K key, long reportId) {
        if (key == null) {
            return;
        }
        streams.merge(key, 1L, Long::sum);
        reports.computeIfAbsent(key, k -> new HashSet<>()).add(reportId);
    }

    long streams(K key) {
        return streams.getOrDefault(key, 0L);
    }

    long reports(K key) {
        Set<Long> ids = reports.get(key);
        return ids == null ? 0 : ids.size();
    }

    /** Distinct reports behind all the keys together. */
    long distinctReports() {
        return reports.values().stream().flatMap(Set::stream).distinct().count();
    }

    long totalStreams() {
        return streams.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Keys with most streams first; ties in the order they were first seen. */
    List<K> byStreams() {
        return streams.keySet().stream().sorted(Comparator.comparingLong(this::streams).reversed()).toList();
    }
}
