package vn.pulse.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A generated report in the archive.
 *
 * @param number     number and symbol as printed, e.g. "Số 12-BC/BTGDV"
 * @param title      the summary line, e.g. "Tình hình dư luận xã hội tháng 10 năm 2026"
 * @param author     username of who generated it, or "system" for a scheduled report
 * @param authorName their name as shown
 * @param files      PDF, XLSX and DOCX with their sizes and SHA-256
 */
public record ArchivedReport(long id, ReportKind kind, String areaCode, String areaName, String areaPath,
        String periodCode, String title, String number, LocalDate issuedOn, Secrecy secrecy, String author,
        String authorName, Instant createdAt, List<ArchivedFile> files) {

    public ArchivedReport {
        files = List.copyOf(files);
    }

    public ArchivedFile file(ReportFormat format) {
        return files.stream().filter(f -> f.format() == format).findFirst().orElse(null);
    }

    /** The file name people get: e.g. "BC-12-BTGDV-2026-10.pdf". */
    public String fileName(ReportFormat format) {
        String safe = number.replaceFirst("^Số\\s*", "").replaceAll("[^0-9A-Za-z-]+", "-");
        return safe + "-" + periodCode.replace("..", "_") + "." + format.extension();
    }
}
