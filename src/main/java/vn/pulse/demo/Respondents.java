package vn.pulse.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How the made-up people of the demo questionnaire answer. Plain Java: the planted effects live
 * here and nowhere else, so the tests can name them.
 * <ul>
 * <li>satisfaction with the reorganisation ({@code hai_long_chinh_sach}), agreement with the merger,
 * the rating of the commune government and of administrative procedures rise over the period;</li>
 * <li>worry about prices ({@code lo_ngai_gia_ca}) and "prices" among the top issues fall;</li>
 * <li>land and site clearance ({@code dat_dai}) jumps among the top issues in the hot province in
 * the last month;</li>
 * <li>provinces differ by a fixed offset, older people are a little more satisfied, students less;</li>
 * <li>the fabricating surveyor copies one filled-in form with at most one change, ticks the same
 * column all down the service battery, and takes a couple of minutes per "interview".</li>
 * </ul>
 */
final class Respondents {

    static final String[] SERVICES = {"dv_y_te", "dv_giao_duc", "dv_giao_thong", "dv_dien_nuoc", "dv_an_ninh",
        "dv_thu_tuc"};
    static final String[] SERVICE_SCALE = {"rat_kem", "kem", "trung_binh", "tot", "rat_tot"};
    private static final double[] SERVICE_MEANS = {3.1, 3.4, 3.0, 3.6, 3.5, 2.6};
    private static final String[] ISSUES = {"gia_ca", "viec_lam", "y_te", "giao_duc", "dat_dai", "moi_truong",
        "tham_nhung", "an_ninh"};
    private static final double[] ISSUE_WEIGHTS = {0, 0.45, 0.30, 0.22, 0.12, 0.18, 0.15, 0.14};
    private static final String[] SOURCES = {"bao_chi", "truyen_hinh", "mang_xa_hoi", "hop_dan", "can_bo", "nguoi_than"};
    private static final double[] SOURCE_SHARES = {0.30, 0.55, 0.60, 0.35, 0.20, 0.30};
    private static final String[] PROPOSALS = {
        "Đề nghị công khai giá đền bù, hỗ trợ tái định cư.",
        "Cần rút ngắn thời gian giải quyết thủ tục hành chính ở xã mới.",
        "Mong Nhà nước có biện pháp bình ổn giá xăng dầu, điện.",
        "Đề nghị tăng cường kiểm tra an toàn thực phẩm ở chợ.",
        "Cần bố trí điểm tiếp nhận hồ sơ gần dân sau sáp nhập."};

    private Respondents() {
    }

    /**
     * The answers of one respondent.
     *
     * @param t              how far through the fieldwork period the interview lies, 0 to 1
     * @param provinceOffset the province's fixed lean (about ±0.3 on a five-point scale)
     * @param urbanShare     the province's urban share
     * @param landFlare      the hot province in its last month: land becomes a top issue
     */
    static Map<String, Object> answer(SplittableRandom r, double t, double provinceOffset, double urbanShare,
            boolean landFlare) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("gioi_tinh", r.nextDouble() < 0.49 ? "nam" : "nu");
        String age = pick(r, new String[] {"18_29", "30_44", "45_59", "60_tro_len"}, new double[] {24, 30, 26, 20});
        a.put("nhom_tuoi", age);
        boolean urban = r.nextDouble() < urbanShare;
        String job = occupation(r, age, urban);
        a.put("nghe_nghiep", job);
        a.put("khu_vuc", urban ? "thanh_thi" : "nong_thon");
        a.put("trinh_do", pick(r, new String[] {"tieu_hoc", "thcs", "thpt", "cao_dang_dai_hoc", "sau_dai_hoc"},
                urban ? new double[] {8, 20, 35, 32, 5} : new double[] {18, 35, 32, 14, 1}));
        String knows = pick(r, new String[] {"biet_ro", "biet_it", "chua_biet"},
                new double[] {0.35 + 0.30 * t, 0.45 - 0.15 * t, 0.20 - 0.15 * t});
        a.put("biet_chinh_sach", knows);
        if (!"chua_biet".equals(knows)) {
            a.put("nguon_thong_tin", several(r, SOURCES, SOURCE_SHARES, 1, SOURCES.length));
        }
        double lean = provinceOffset + ("60_tro_len".equals(age) ? 0.25 : 0)
                + ("hoc_sinh_sinh_vien".equals(job) ? -0.3 : 0) + r.nextGaussian() * 0.4;
        a.put("hai_long_chinh_sach", scale(2.7 + 1.1 * t + lean + r.nextGaussian() * 0.8, 1, 5));
        double agree = 0.45 + 0.25 * t + lean * 0.15;
        a.put("dong_tinh_sap_nhap", pick(r, new String[] {"dong_tinh", "phan_van", "khong_dong_tinh"},
                new double[] {agree, 0.32 - 0.12 * t, Math.max(0.05, 1 - agree - (0.32 - 0.12 * t))}));
        a.put("diem_chinh_quyen", scale(5.8 + 1.4 * t + 1.5 * lean + r.nextGaussian() * 1.6, 0, 10));
        Map<String, String> services = new LinkedHashMap<>();
        double mood = r.nextGaussian() * 0.5 + lean * 0.5;
        for (int i = 0; i < SERVICES.length; i++) {
            double trend = "dv_thu_tuc".equals(SERVICES[i]) ? 0.9 * t : 0.2 * t;
            long value = scale(SERVICE_MEANS[i] + trend + mood + r.nextGaussian() * 0.8, 1, 5);
            services.put(SERVICES[i], SERVICE_SCALE[(int) value - 1]);
        }
        a.put("danh_gia_dich_vu", services);
        a.put("lo_ngai_gia_ca", scale(4.1 - 1.1 * t + r.nextGaussian() * 0.9, 1, 5));
        a.put("thu_nhap", pick(r, new String[] {"tang", "khong_doi", "giam"},
                new double[] {0.25 + 0.10 * t, 0.45, 0.30 - 0.10 * t}));
        double[] issueWeights = ISSUE_WEIGHTS.clone();
        issueWeights[0] = 0.65 - 0.30 * t;
        issueWeights[4] = landFlare ? 0.65 : issueWeights[4];
        a.put("van_de_quan_tam", several(r, ISSUES, issueWeights, 1, 3));
        a.put("tin_tuong_tuong_lai", scale(6.5 + 0.8 * t + lean + r.nextGaussian() * 1.5, 0, 10));
        a.put("dich_vu_cong_truc_tuyen", pick(r, new String[] {"da_dung", "biet_chua_dung", "khong_biet"},
                new double[] {0.30 + 0.35 * t, 0.45 - 0.15 * t, 0.25 - 0.20 * t}));
        if (r.nextDouble() < 0.04) {
            a.put("kien_nghi", PROPOSALS[r.nextInt(PROPOSALS.length)]);
        }
        return a;
    }

    /**
     * What the fabricator writes: his one model form again, with at most one answer changed (the sex
     * of the "respondent"), and the same column ticked all down the battery.
     */
    static Map<String, Object> fabricate(Map<String, Object> model, SplittableRandom r) {
        Map<String, Object> a = new LinkedHashMap<>(model);
        if (r.nextBoolean()) {
            a.put("gioi_tinh", "nam".equals(model.get("gioi_tinh")) ? "nu" : "nam");
        }
        Map<String, String> services = new LinkedHashMap<>();
        for (String item : SERVICES) {
            services.put(item, "tot");
        }
        a.put("danh_gia_dich_vu", services);
        a.remove("kien_nghi");
        return a;
    }

    /** Interview length in seconds: about 13 minutes (log-normal); the fabricator needs two or three. */
    static int duration(SplittableRandom r, boolean fabricated) {
        if (fabricated) {
            return 90 + r.nextInt(110);
        }
        return (int) Math.round(780 * Math.exp(r.nextGaussian() * 0.3));
    }

    private static String occupation(SplittableRandom r, String age, boolean urban) {
        if ("60_tro_len".equals(age) && r.nextDouble() < 0.6) {
            return "huu_tri";
        }
        if ("18_29".equals(age) && r.nextDouble() < 0.3) {
            return "hoc_sinh_sinh_vien";
        }
        String[] jobs = {"cong_nhan", "nong_dan", "tri_thuc", "can_bo_cong_chuc", "doanh_nhan", "lao_dong_tu_do",
            "khac"};
        return pick(r, jobs, urban ? new double[] {25, 3, 15, 15, 14, 24, 4} : new double[] {18, 45, 5, 8, 5, 16, 3});
    }

    /** A value on an integer scale from a latent normal score. */
    static long scale(double latent, int min, int max) {
        return Math.max(min, Math.min(max, Math.round(latent)));
    }

    static String pick(SplittableRandom r, String[] values, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += Math.max(0, w);
        }
        double u = r.nextDouble() * total;
        for (int i = 0; i < values.length; i++) {
            u -= Math.max(0, weights[i]);
            if (u < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** Choices each taken with its own probability, kept between {@code min} and {@code max} in choice order. */
    private static List<String> several(SplittableRandom r, String[] values, double[] shares, int min, int max) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (r.nextDouble() < shares[i]) {
                chosen.add(values[i]);
            }
        }
        while (chosen.size() > max) {
            chosen.remove(r.nextInt(chosen.size()));
        }
        if (chosen.size() < min) {
            String one = pick(r, values, shares);
            List<String> ordered = new ArrayList<>();
            for (String v : values) {
                if (v.equals(one) || chosen.contains(v)) {
                    ordered.add(v);
                }
            }
            return ordered;
        }
        return chosen;
    }
}
