package vn.pulse.reporting;

/** One file of an archived report, with the SHA-256 of its bytes (hex) to check a copy against. */
public record ArchivedFile(ReportFormat format, long size, String sha256) {
}
