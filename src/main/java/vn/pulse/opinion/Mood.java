package vn.pulse.opinion;

/** Mood words seen in reports, from the most content to the most aggrieved. */
public enum Mood implements OpinionScale {
    ENTHUSIASTIC("phan_khoi"),
    REASSURED("an_tam"),
    UNEASY("ban_khoan"),
    WORRIED("lo_lang"),
    INDIGNANT("buc_xuc");

    private final String code;

    Mood(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "opinion.mood." + code;
    }
}
