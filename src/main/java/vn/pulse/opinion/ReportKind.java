package vn.pulse.opinion;

/** Monthly report (định kỳ), or an urgent report on a hot issue (đột xuất). */
public enum ReportKind implements OpinionScale {
    PERIODIC("periodic"),
    URGENT("urgent");

    private final String code;

    ReportKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "opinion.kind." + code;
    }
}
