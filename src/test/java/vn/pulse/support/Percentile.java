package vn.pulse.support;

import java.util.List;

/** Nearest-rank percentiles of sorted timings, as the benchmarks report them. */
public final class Percentile {

    private Percentile() {
    }

    public static double nearestRank(double[] sorted, double p) {
        return sorted[index(sorted.length, p)];
    }

    public static long nearestRank(List<Long> sorted, double p) {
        return sorted.get(index(sorted.size(), p));
    }

    /** The 0-based position of the value at rank ⌈p·n⌉, kept within the values. */
    private static int index(int size, double p) {
        return Math.max(0, Math.min(size - 1, (int) Math.ceil(p * size) - 1));
    }
}
