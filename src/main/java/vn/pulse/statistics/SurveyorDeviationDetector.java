package vn.pulse.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Surveyors whose respondents answer unlike the respondents of their colleagues in the same area. */
public final class SurveyorDeviationDetector {

    private final double falseDiscoveryRate;
    private final long minAnswers;

    /**
     * @param falseDiscoveryRate the expected share of false alarms among flags (e.g. 0.05)
     * @param minAnswers         fewest answers a surveyor, and their peers together, need
     */
    public SurveyorDeviationDetector(double falseDiscoveryRate, long minAnswers) {
        if (!(falseDiscoveryRate > 0 && falseDiscoveryRate < 1) || minAnswers < 1) {
            throw new IllegalArgumentException("falseDiscoveryRate in (0, 1) and minAnswers >= 1 needed");
        }
        this.falseDiscoveryRate = falseDiscoveryRate;
        this.minAnswers = minAnswers;
    }

    /** One answer to a categorical question, with who collected it where. */
    public record SurveyorAnswer(String surveyor, String area, String question, String answer) {
    }

    /**
     * For each area and question, each surveyor's answer distribution is tested against that of
     * all other surveyors of the area with Pearson's chi-square on the 2 × K table (answers no
     * one gave are dropped; K − 1 degrees of freedom). Fabricated or led interviews show up as
     * distributions unlike the peers'. All tests together are controlled for multiple testing
     * with Benjamini and Hochberg (1995); flags are those with adjusted p ≤ the false-discovery
     * rate. R: {@code chisq.test(table, correct = FALSE)} and {@code p.adjust(p, "BH")}.
     */
    public List<SurveyorDeviationFlag> detect(List<SurveyorAnswer> answers) {
        Map<List<String>, Map<String, Map<String, Long>>> tables = new TreeMap<>(Comparator.comparing(Object::toString));
        for (SurveyorAnswer a : answers) {
            if (a.answer() != null) {
                tables.computeIfAbsent(List.of(a.area(), a.question()), k -> new TreeMap<>())
                        .computeIfAbsent(a.surveyor(), s -> new TreeMap<>()).merge(a.answer(), 1L, Long::sum);
            }
        }
        List<SurveyorDeviationFlag> tests = new ArrayList<>();
        tables.forEach((key, bySurveyor) -> bySurveyor.keySet().forEach(surveyor -> {
            SurveyorDeviationFlag test = test(key.get(0), key.get(1), surveyor, bySurveyor);
            if (test != null) {
                tests.add(test);
            }
        }));
        double[] adjusted = benjaminiHochberg(tests.stream().mapToDouble(SurveyorDeviationFlag::pValue).toArray());
        List<SurveyorDeviationFlag> flags = new ArrayList<>();
        for (int t = 0; t < tests.size(); t++) {
            SurveyorDeviationFlag f = tests.get(t);
            if (adjusted[t] <= falseDiscoveryRate) {
                flags.add(new SurveyorDeviationFlag(f.surveyor(), f.area(), f.question(), f.answers(), f.chiSquare(),
                        f.df(), f.pValue(), adjusted[t], f.answer(), f.surveyorShare(), f.peerShare()));
            }
        }
        return flags;
    }

    /** The surveyor-against-peers test, before adjustment; null when there is too little to test. */
    private SurveyorDeviationFlag test(String area, String question, String surveyor,
                                       Map<String, Map<String, Long>> bySurveyor) {
        Map<String, Long> own = bySurveyor.get(surveyor);
        Map<String, Long> peers = new TreeMap<>();
        bySurveyor.forEach((other, counts) -> {
            if (!other.equals(surveyor)) {
                counts.forEach((answer, n) -> peers.merge(answer, n, Long::sum));
            }
        });
        long ownTotal = own.values().stream().mapToLong(Long::longValue).sum();
        long peerTotal = peers.values().stream().mapToLong(Long::longValue).sum();
        TreeSet<String> categories = new TreeSet<>(own.keySet());
        categories.addAll(peers.keySet());
        if (ownTotal < minAnswers || peerTotal < minAnswers || categories.size() < 2) {
            return null;
        }
        double total = ownTotal + peerTotal;
        double chiSquare = 0;
        String mostOver = null;
        double excess = Double.NEGATIVE_INFINITY;
        for (String category : categories) {
            long o = own.getOrDefault(category, 0L);
            long p = peers.getOrDefault(category, 0L);
            double column = o + p;
            double expectedOwn = ownTotal * column / total;
            double expectedPeers = peerTotal * column / total;
            chiSquare += (o - expectedOwn) * (o - expectedOwn) / expectedOwn
                    + (p - expectedPeers) * (p - expectedPeers) / expectedPeers;
            double difference = o / (double) ownTotal - p / (double) peerTotal;
            if (difference > excess) {
                excess = difference;
                mostOver = category;
            }
        }
        int df = categories.size() - 1;
        return new SurveyorDeviationFlag(surveyor, area, question, ownTotal, chiSquare, df,
                Distributions.chiSquareUpper(chiSquare, df), Double.NaN, mostOver,
                own.getOrDefault(mostOver, 0L) / (double) ownTotal, peers.getOrDefault(mostOver, 0L) / (double) peerTotal);
    }

    /** Benjamini–Hochberg adjusted p-values: min over j ≥ i of p_(j)·m/j, capped at 1. */
    static double[] benjaminiHochberg(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[m];
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * m / rank);
            adjusted[i] = running;
        }
        return adjusted;
    }
}
