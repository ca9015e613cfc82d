package vn.pulse.reporting;

import java.util.List;

/**
 * Who issues a report and how it ends, as the Party document layout prints it. Pulse proposes
 * one for an area ({@link ReportService#letterhead}); people correct it before generating.
 *
 * @param parentBody   the issuing body's superior, e.g. "TỈNH ỦY TUYÊN QUANG"
 * @param issuingBody  e.g. "BAN TUYÊN GIÁO VÀ DÂN VẬN"
 * @param symbol       the symbol after the number, e.g. "BC/BTGDV" (printed "Số 12-BC/BTGDV")
 * @param place        the place in "Tuyên Quang, ngày … tháng … năm …"
 * @param signerTitles lines of the signer's authority, e.g. ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"]
 * @param signerName   who signs; may be blank, to be written by hand
 * @param recipients   the "Nơi nhận:" lines
 */
public record Letterhead(String parentBody, String issuingBody, String symbol, String place,
        List<String> signerTitles, String signerName, List<String> recipients) {

    public Letterhead {
        signerTitles = signerTitles == null ? List.of() : List.copyOf(signerTitles);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
