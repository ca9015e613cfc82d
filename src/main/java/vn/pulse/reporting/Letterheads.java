package vn.pulse.reporting;

import java.util.List;
import java.util.Locale;
import vn.pulse.area.Area;
import vn.pulse.base.DomainException;

/**
 * The letterhead Pulse proposes for an area, from the names Party bodies carry since the 2025
 * reorganisation (Ban Tuyên giáo và Dân vận at every level, two levels of local government).
 * These are names of bodies, always Vietnamese. People correct them before generating.
 */
final class Letterheads {

    static final int MAX_LINE = 200;
    static final int MAX_LINES = 20;
    private static final Locale VI = Locale.of("vi", "VN");
    private static final List<String> PREFIXES = List.of("Thành phố ", "Tỉnh ", "Đặc khu ", "Phường ", "Xã ");

    private Letterheads() {
    }

    /**
     * @param area     the area reported on; null for the whole country
     * @param province its province, for a commune
     */
    static Letterhead proposal(Area area, Area province) {
        if (area == null) {
            return new Letterhead("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO VÀ DÂN VẬN TRUNG ƯƠNG", "BC/BTGDVTW",
                    "Hà Nội", List.of("TRƯỞNG BAN"), "", List.of("Bộ Chính trị, Ban Bí thư (để b/c),", "Lưu Văn phòng."));
        }
        if (area.isProvince()) {
            String committee = ("thanh_pho".equals(area.type()) ? "THÀNH ỦY " : "TỈNH ỦY ") + upper(place(area));
            return new Letterhead(committee, "BAN TUYÊN GIÁO VÀ DÂN VẬN", "BC/BTGDV", place(area),
                    List.of("TRƯỞNG BAN"), "", List.of("Ban Tuyên giáo và Dân vận Trung ương (để b/c),",
                            "Thường trực " + sentence(committee) + " (để b/c),", "Lưu Văn phòng."));
        }
        String parent = province == null ? "" : "ĐẢNG BỘ " + upper(province.name());
        return new Letterhead(parent, "ĐẢNG ỦY " + upper(area.name()), "BC/ĐU", place(area),
                List.of("T/M ĐẢNG ỦY", "BÍ THƯ"), "", List.of("Ban Tuyên giáo và Dân vận "
                        + (province == null ? "cấp trên" : sentence("TỈNH ỦY " + upper(place(province)))) + " (để b/c),",
                        "Lưu Văn phòng Đảng ủy."));
    }

    /** The letterhead as given, trimmed and checked; a 422 names what is wrong. */
    static Letterhead checked(Letterhead given) {
        Letterhead l = new Letterhead(line(given.parentBody(), true), line(given.issuingBody(), true),
                line(given.symbol(), true), line(given.place(), true), lines(given.signerTitles()),
                line(given.signerName(), false), lines(given.recipients()));
        if (!l.symbol().matches("[\\p{L}0-9/.-]{1,40}")) {
            throw DomainException.invalid("letterhead_invalid", "reporting.error.symbol", l.symbol());
        }
        return l;
    }

    /** "Tỉnh Tuyên Quang" → "Tuyên Quang": how a place is named in "Tuyên Quang, ngày …". */
    static String place(Area area) {
        String name = area.name();
        for (String prefix : PREFIXES) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    private static String upper(String text) {
        return text.toUpperCase(VI);
    }

    /** "TỈNH ỦY TUYÊN QUANG" → "Tỉnh ủy Tuyên Quang": the body's two words, then the place's name. */
    private static String sentence(String upper) {
        String[] words = upper.toLowerCase(VI).split(" ");
        for (int i = 0; i < words.length; i++) {
            if (i != 1) {
                words[i] = words[i].substring(0, 1).toUpperCase(VI) + words[i].substring(1);
            }
        }
        return String.join(" ", words);
    }

    private static String line(String text, boolean required) {
        String clean = text == null ? "" : text.strip();
        if ((required && clean.isEmpty()) || clean.length() > MAX_LINE) {
            throw DomainException.invalid("letterhead_invalid", "reporting.error.letterhead", MAX_LINE);
        }
        return clean;
    }

    private static List<String> lines(List<String> lines) {
        List<String> clean = lines.stream().map(l -> line(l, false)).filter(l -> !l.isEmpty()).toList();
        if (clean.size() > MAX_LINES) {
            throw DomainException.invalid("letterhead_invalid", "reporting.error.letterhead", MAX_LINE);
        }
        return clean;
    }
}
