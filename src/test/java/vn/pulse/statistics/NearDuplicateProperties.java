package vn.pulse.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Comparing only responses that share a block of answers misses no pair that comparing all pairs finds. */
class NearDuplicateProperties {

    @Property(tries = 150)
    void blocks_find_exactly_the_pairs_that_comparing_all_pairs_finds(@ForAll long seed,
            @ForAll @IntRange(min = 5, max = 25) int questions, @ForAll @DoubleRange(min = 0.6, max = 1) double threshold) {
        Random random = new Random(seed);
        Map<String, List<String>> responses = new LinkedHashMap<>();
        List<List<String>> vectors = new ArrayList<>();
        for (int r = 0; r < 80; r++) {
            List<String> answers = new ArrayList<>();
            if (r > 0 && random.nextDouble() < 0.4) {
                answers.addAll(vectors.get(random.nextInt(vectors.size())));
                for (int change = random.nextInt(4); change > 0; change--) {
                    answers.set(random.nextInt(questions), answer(random));
                }
            } else {
                for (int q = 0; q < questions; q++) {
                    answers.add(answer(random));
                }
            }
            vectors.add(answers);
            responses.put("r" + r, answers);
        }
        NearDuplicateDetector detector = new NearDuplicateDetector(threshold, 3);
        assertThat(pairs(detector.detect(responses))).isEqualTo(bruteForce(responses, threshold, 3));
    }

    private static String answer(Random random) {
        return random.nextDouble() < 0.1 ? null : String.valueOf(random.nextInt(3));
    }

    private static Set<String> pairs(List<NearDuplicateFlag> flags) {
        return flags.stream().map(f -> f.duplicateOf() + "~" + f.responseId()).collect(Collectors.toSet());
    }

    /**
     * All pairs over the responses with enough answers, exact copies counted against their first
     * occurrence only (as the detector reports them).
     */
    private static Set<String> bruteForce(Map<String, List<String>> responses, double threshold, int minAnswered) {
        List<String> ids = new ArrayList<>();
        List<List<String>> kept = new ArrayList<>();
        Set<String> found = new java.util.HashSet<>();
        for (var entry : responses.entrySet()) {
            if (entry.getValue().stream().filter(Objects::nonNull).count() < minAnswered) {
                continue;
            }
            int copyOf = kept.indexOf(entry.getValue());
            if (copyOf >= 0) {
                found.add(ids.get(copyOf) + "~" + entry.getKey());
                continue;
            }
            for (int j = 0; j < kept.size(); j++) {
                if (share(kept.get(j), entry.getValue()) >= threshold) {
                    found.add(ids.get(j) + "~" + entry.getKey());
                }
            }
            ids.add(entry.getKey());
            kept.add(entry.getValue());
        }
        return found;
    }

    private static double share(List<String> a, List<String> b) {
        int identical = 0;
        int compared = 0;
        for (int q = 0; q < a.size(); q++) {
            if (a.get(q) != null || b.get(q) != null) {
                compared++;
                identical += Objects.equals(a.get(q), b.get(q)) ? 1 : 0;
            }
        }
        return identical / (double) compared;
    }
}
