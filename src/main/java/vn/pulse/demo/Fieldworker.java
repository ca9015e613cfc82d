package vn.pulse.demo;

/** A generated surveyor (who also files opinion reports as a collaborator). */
public record Fieldworker(long id, String username, String provinceCode, boolean fabricator) {
}
