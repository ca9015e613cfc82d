package vn.pulse.reporting.document;

/**
 * The head of a Party document, every line ready to print (Hướng dẫn 36-HD/VPTW); the type and
 * summary lines come with the {@link ReportBody}.
 *
 * @param parentBody   the issuing body's superior, e.g. "TỈNH ỦY TUYÊN QUANG"
 * @param issuingBody  e.g. "BAN TUYÊN GIÁO VÀ DÂN VẬN"
 * @param number       number and symbol, e.g. "Số 12-BC/BTGDV" (a draft leaves the number blank)
 * @param placeAndDate e.g. "Tuyên Quang, ngày 13 tháng 10 năm 2023"
 * @param secrecyMark  "MẬT", "TỐI MẬT", "TUYỆT MẬT", or null
 */
public record DocumentHeading(String parentBody, String issuingBody, String number, String placeAndDate,
        String secrecyMark) {
}
