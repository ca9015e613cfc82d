package vn.pulse.opinion;

/** Tích cực / tiêu cực: whether a stream is good or bad news for the committee; feeds the negative share. */
public enum Valence implements OpinionScale {
    POSITIVE("tich_cuc"),
    NEGATIVE("tieu_cuc"),
    /** Đan xen: both at once. */
    MIXED("dan_xen");

    private final String code;

    Valence(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "opinion.valence." + code;
    }
}
