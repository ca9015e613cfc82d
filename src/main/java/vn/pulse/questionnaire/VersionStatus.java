package vn.pulse.questionnaire;

/** A draft can be edited freely; a published version is frozen forever. */
public enum VersionStatus {
    DRAFT, PUBLISHED;

    public String messageKey() {
        return "questionnaire.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
