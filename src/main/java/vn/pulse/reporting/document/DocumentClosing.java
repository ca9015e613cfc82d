package vn.pulse.reporting.document;

import java.util.List;

/**
 * The end of a Party document.
 *
 * @param signerTitles     the signer's lines of authority, e.g. ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"]
 * @param signerName       who signs; blank leaves room to write it by hand
 * @param recipients       the "Nơi nhận:" list
 * @param distributionNote the limited distribution of a document with a secrecy mark, or null
 */
public record DocumentClosing(List<String> signerTitles, String signerName, List<String> recipients,
        String distributionNote) {

    public DocumentClosing {
        signerTitles = List.copyOf(signerTitles);
        recipients = List.copyOf(recipients);
    }
}
