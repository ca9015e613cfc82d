package vn.pulse.reporting;

/**
 * A finished export.
 *
 * @param responses how many responses it holds (0 for the syntax and the codebook)
 * @param bytes     its size
 * @param sha256    the SHA-256 (hex) of its bytes, as written to the audit trail
 */
public record ExportResult(String fileName, long responses, long bytes, String sha256) {
}
