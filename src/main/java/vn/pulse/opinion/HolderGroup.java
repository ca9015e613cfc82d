package vn.pulse.opinion;

/** Đối tượng: the social groups holding an opinion; a stream names one or more. */
public enum HolderGroup implements OpinionScale {
    WORKERS("cong_nhan"),
    FARMERS("nong_dan"),
    INTELLECTUALS("tri_thuc"),
    RETIREES("huu_tri"),
    CIVIL_SERVANTS("can_bo_cong_chuc"),
    PARTY_MEMBERS("dang_vien"),
    STUDENTS("hoc_sinh_sinh_vien"),
    BUSINESS_PEOPLE("doanh_nhan"),
    TRADERS("tieu_thuong"),
    VETERANS("cuu_chien_binh"),
    GENERAL_PUBLIC("nhan_dan");

    private final String code;

    HolderGroup(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "opinion.holder." + code;
    }
}
