package vn.pulse.reporting;

/** The bytes of an archived file, handed out by an audited download. */
public record ReportFile(String fileName, ReportFormat format, String sha256, byte[] content) {

    public ReportFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
