package vn.pulse.opinion;

/** Where the collaborator picked the opinion up. */
public enum SourceType implements OpinionScale {
    DIRECT("truc_tiep"),
    MEETING("hoi_hop"),
    PRESS("bao_chi"),
    SOCIAL_MEDIA("mang_xa_hoi");

    private final String code;

    SourceType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "opinion.source." + code;
    }
}
