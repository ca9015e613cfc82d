package vn.pulse.opinion;

/** Khuynh hướng: which way an opinion stream leans on its topic. */
public enum Direction implements OpinionScale {
    /** Tán thành, đồng tình. */
    APPROVE("tan_thanh"),
    /** Phản đối. */
    OPPOSE("phan_doi"),
    /** Băn khoăn, lưỡng lự, chưa rõ thái độ. */
    UNDECIDED("ban_khoan");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "opinion.direction." + code;
    }
}
