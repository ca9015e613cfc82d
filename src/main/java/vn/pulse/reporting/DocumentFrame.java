package vn.pulse.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.pulse.base.Formats;
import vn.pulse.base.i18n.Messages;
import vn.pulse.reporting.document.DocumentClosing;
import vn.pulse.reporting.document.DocumentHeading;
import vn.pulse.reporting.document.ReportBody;
import vn.pulse.reporting.document.ReportDocument;

/** Puts a builder's body inside the Party document's head and closing. */
final class DocumentFrame {

    private DocumentFrame() {
    }

    /**
     * @param number the document's number, or null for a preview (the number is left blank, as
     *               on a draft)
     * @param author who generates it, for the XLSX "Thông tin" sheet
     */
    static ReportDocument document(ReportSpec spec, ReportBody body, Integer number, String author) {
        Letterhead l = spec.letterhead();
        DocumentHeading heading = new DocumentHeading(l.parentBody(), l.issuingBody(), numberLine(number, l.symbol()),
                placeAndDate(l.place(), spec.issuedOn()), spec.secrecy().mark());
        String distribution = spec.secrecy().marked() && !spec.readers().isEmpty()
                ? Messages.get("reporting.doc.distribution", Messages.VIETNAMESE,
                        spec.readers().stream().map(Reader::displayName).collect(Collectors.joining("; ")))
                : null;
        List<List<String>> about = Stream.concat(body.about().stream(), Stream.of(
                List.of(Messages.get("reporting.doc.about.author", Messages.VIETNAMESE), author),
                List.of(Messages.get("reporting.doc.about.generated", Messages.VIETNAMESE),
                        Formats.dateTime(spec.requestedAt())))).toList();
        ReportBody framed = new ReportBody(body.template(), body.documentType(), body.summary(), body.sections(),
                body.appendix(), about);
        return new ReportDocument(heading, framed, new DocumentClosing(l.signerTitles(), l.signerName(),
                l.recipients(), distribution));
    }

    /** "Số 12-BC/BTGDV"; a draft keeps room for the number: "Số     -BC/BTGDV". */
    static String numberLine(Integer number, String symbol) {
        return "Số " + (number == null ? "\u00a0\u00a0\u00a0\u00a0" : number) + "-" + symbol;
    }

    /**
     * "Tuyên Quang, ngày 13 tháng 10 năm 2023": days below 10 and the months January and February
     * take a leading zero (ngày 05 tháng 02), as administrative documents write them.
     */
    static String placeAndDate(String place, LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }
}
