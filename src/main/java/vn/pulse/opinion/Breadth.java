package vn.pulse.opinion;

/**
 * Mức độ lan tỏa: how widely a stream is held, an ordered scale as reports word it, from
 * "tuyệt đại đa số" (rank 6) down to "có người" (rank 1).
 */
public enum Breadth implements OpinionScale {
    OVERWHELMING_MAJORITY("tuyet_dai_da_so", 6),
    MAJORITY("da_so", 5),
    LARGE_NUMBER("so_dong", 4),
    MANY_VOICES("nhieu_y_kien", 3),
    SOME("mot_so", 2),
    A_FEW("co_nguoi", 1);

    private final String code;
    private final int rank;

    Breadth(String code, int rank) {
        this.code = code;
        this.rank = rank;
    }

    @Override
    public String code() {
        return code;
    }

    /** Position on the scale: larger is wider. */
    public int rank() {
        return rank;
    }

    @Override
    public String messageKey() {
        return "opinion.breadth." + code;
    }
}
