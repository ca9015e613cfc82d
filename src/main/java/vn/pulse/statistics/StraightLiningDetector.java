package vn.pulse.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Batteries answered by ticking the same column all the way down. */
public final class StraightLiningDetector {

    private final int minRun;

    /** @param minRun flag runs of at least this many identical consecutive answers (5 is common) */
    public StraightLiningDetector(int minRun) {
        if (minRun < 2) {
            throw new IllegalArgumentException("minRun must be at least 2: " + minRun);
        }
        this.minRun = minRun;
    }

    /**
     * Flags responses with a run of at least {@code minRun} identical consecutive answers in the
     * battery (a missing answer breaks a run). A battery of exactly {@code minRun} items is thus
     * flagged when its answers have zero variance; longer batteries need a run that long.
     *
     * @param batteries each response's answers to the battery's items in order; NaN is no answer
     */
    public List<StraightLiningFlag> detect(Map<String, double[]> batteries) {
        List<StraightLiningFlag> flags = new ArrayList<>();
        batteries.forEach((response, answers) -> {
            int longest = 0;
            int run = 0;
            double value = Double.NaN;
            double runValue = Double.NaN;
            int answered = 0;
            boolean allSame = true;
            double first = Double.NaN;
            for (double answer : answers) {
                if (Double.isNaN(answer)) {
                    run = 0;
                    continue;
                }
                answered++;
                first = Double.isNaN(first) ? answer : first;
                allSame &= answer == first;
                run = answer == runValue && run > 0 ? run + 1 : 1;
                runValue = answer;
                if (run > longest) {
                    longest = run;
                    value = answer;
                }
            }
            if (longest >= minRun) {
                flags.add(new StraightLiningFlag(response, answered, longest, value, allSame));
            }
        });
        return flags;
    }
}
