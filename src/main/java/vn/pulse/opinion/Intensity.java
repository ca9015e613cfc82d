package vn.pulse.opinion;

import java.util.Arrays;
import java.util.Optional;

/** Cường độ: how strongly a stream is felt, an ordered rating from 1 (bình thường) to 5 (rất bức xúc). */
public enum Intensity implements OpinionScale {
    CALM(1),
    INTERESTED(2),
    CONCERNED(3),
    VEHEMENT(4),
    VERY_VEHEMENT(5);

    private final int level;

    Intensity(int level) {
        this.level = level;
    }

    /** 1 to 5; the code statistics use. */
    public int level() {
        return level;
    }

    @Override
    public String code() {
        return String.valueOf(level);
    }

    @Override
    public String messageKey() {
        return "opinion.intensity." + level;
    }

    public static Optional<Intensity> of(Integer level) {
        return Arrays.stream(values()).filter(i -> level != null && i.level == level).findFirst();
    }
}
