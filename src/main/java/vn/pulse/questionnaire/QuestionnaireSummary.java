package vn.pulse.questionnaire;

import java.time.Instant;

/**
 * A questionnaire as lists show it.
 *
 * @param latestVersion    the newest version's number (a draft while being edited)
 * @param publishedVersion the newest published version's number, or null if none is published yet
 * @param ownerAreaPath    the area subtree of the administrators who own it ("/" national)
 */
public record QuestionnaireSummary(long id, String code, LocalizedText title, boolean archived, int latestVersion,
        VersionStatus latestStatus, Integer publishedVersion, int questionCount, Instant updatedAt,
        String ownerAreaPath) {

    public boolean hasPublishedVersion() {
        return publishedVersion != null;
    }
}
