package vn.pulse.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Interviews too fast to have been read out. */
public final class SpeedingDetector {

    /** Fewest timed interviews of a questionnaire for its median to serve as a yardstick. */
    public static final int MIN_INTERVIEWS = 5;

    private final double fraction;

    /** @param fraction flag interviews shorter than this share of the median (1/3 is common) */
    public SpeedingDetector(double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("fraction must lie in (0, 1): " + fraction);
        }
        this.fraction = fraction;
    }

    /**
     * Flags interviews of one questionnaire whose duration is below {@code fraction} × the
     * median duration of all its timed interviews (the median resists the speeders themselves).
     * Durations that are missing or not positive are ignored; with fewer than
     * {@link #MIN_INTERVIEWS} timed interviews nothing is flagged.
     *
     * @param secondsByResponse each response's interview duration in seconds
     */
    public List<SpeedingFlag> detect(Map<String, Double> secondsByResponse) {
        double[] durations = secondsByResponse.values().stream().filter(s -> s != null && s > 0)
                .mapToDouble(Double::doubleValue).sorted().toArray();
        List<SpeedingFlag> flags = new ArrayList<>();
        if (durations.length < MIN_INTERVIEWS) {
            return flags;
        }
        double median = median(durations);
        secondsByResponse.forEach((response, seconds) -> {
            if (seconds != null && seconds > 0 && seconds < fraction * median) {
                flags.add(new SpeedingFlag(response, seconds, median, seconds / median));
            }
        });
        return flags;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
