package vn.pulse.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.pulse.base.DomainException;

/** Responses that repeat another response's answers: resubmissions and copied interviews. */
public final class NearDuplicateDetector {

    private final double threshold;
    private final int minAnswered;

    /**
     * @param threshold   flag pairs with at least this share of identical answers (e.g. 0.95)
     * @param minAnswered only compare responses with at least this many answers (short
     *                    responses agree by chance)
     */
    public NearDuplicateDetector(double threshold, int minAnswered) {
        if (!(threshold > 0.5 && threshold <= 1) || minAnswered < 1) {
            throw new IllegalArgumentException("threshold in (0.5, 1] and minAnswered >= 1 needed");
        }
        this.threshold = threshold;
        this.minAnswered = minAnswered;
    }

    /**
     * Flags every response whose share of identical answers with an earlier one is at least the
     * threshold; the share counts questions answered in at least one of the two. Exact copies are
     * grouped first (each copy is flagged against the first), then near copies are found without
     * comparing all pairs: two vectors of m answers that differ in at most d = ⌊(1 − threshold)·m⌋
     * places agree completely on at least one of d + 1 blocks of consecutive questions
     * (pigeonhole), so only responses sharing a block are compared. No qualifying pair is missed.
     *
     * @param answers each response's answers in questionnaire order, all of the same length;
     *                null is no answer
     */
    public List<NearDuplicateFlag> detect(Map<String, List<String>> answers) {
        List<String> ids = new ArrayList<>();
        List<String[]> vectors = new ArrayList<>();
        Map<List<String>, Integer> firstOfCopies = new HashMap<>();
        List<NearDuplicateFlag> flags = new ArrayList<>();
        int length = -1;
        for (var entry : answers.entrySet()) {
            String[] vector = entry.getValue().toArray(String[]::new);
            if (length >= 0 && vector.length != length) {
                throw DomainException.invalid("misaligned_variable", "statistics.error.misalignedVariable",
                        vector.length, length);
            }
            length = vector.length;
            if (answered(vector) < minAnswered) {
                continue;
            }
            Integer first = firstOfCopies.putIfAbsent(entry.getValue(), ids.size());
            if (first != null) {
                int n = answered(vector);
                flags.add(new NearDuplicateFlag(entry.getKey(), ids.get(first), n, n, 1));
                continue;
            }
            ids.add(entry.getKey());
            vectors.add(vector);
        }
        if (threshold < 1 && length > 0) {
            flags.addAll(nearCopies(ids, vectors, length));
        }
        return flags;
    }

    private List<NearDuplicateFlag> nearCopies(List<String> ids, List<String[]> vectors, int length) {
        int allowed = (int) Math.floor((1 - threshold) * length + 1e-9);
        int blocks = Math.min(allowed + 1, length);
        List<NearDuplicateFlag> flags = new ArrayList<>();
        for (int block = 0; block < blocks; block++) {
            int from = block * length / blocks;
            int to = (block + 1) * length / blocks;
            Map<List<String>, List<Integer>> buckets = new LinkedHashMap<>();
            for (int v = 0; v < vectors.size(); v++) {
                buckets.computeIfAbsent(Arrays.asList(Arrays.copyOfRange(vectors.get(v), from, to)),
                        k -> new ArrayList<>()).add(v);
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int a = 0; a < bucket.size(); a++) {
                    for (int b = a + 1; b < bucket.size(); b++) {
                        NearDuplicateFlag flag = compare(ids, vectors, bucket.get(a), bucket.get(b), block, blocks);
                        if (flag != null) {
                            flags.add(flag);
                        }
                    }
                }
            }
        }
        return flags;
    }

    /** The flag for a pair found in {@code block}, unless an earlier block already found it. */
    private NearDuplicateFlag compare(List<String> ids, List<String[]> vectors, int earlier, int later, int block,
                                      int blocks) {
        String[] a = vectors.get(earlier);
        String[] b = vectors.get(later);
        for (int previous = 0; previous < block; previous++) {
            if (Arrays.equals(a, previous * a.length / blocks, (previous + 1) * a.length / blocks,
                    b, previous * a.length / blocks, (previous + 1) * a.length / blocks)) {
                return null;
            }
        }
        int identical = 0;
        int compared = 0;
        for (int q = 0; q < a.length; q++) {
            if (a[q] != null || b[q] != null) {
                compared++;
                identical += Objects.equals(a[q], b[q]) ? 1 : 0;
            }
        }
        double share = identical / (double) compared;
        return share >= threshold ? new NearDuplicateFlag(ids.get(later), ids.get(earlier), identical, compared, share)
                : null;
    }

    private static int answered(String[] vector) {
        int n = 0;
        for (String answer : vector) {
            n += answer == null ? 0 : 1;
        }
        return n;
    }
}
