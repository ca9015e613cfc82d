package vn.pulse.opinion;

/**
 * What an administrator enters to add a topic or a group.
 *
 * @param groupCode the group a new topic belongs to; {@code null} to add a group
 */
public record TopicDraft(String code, String groupCode, String nameVi, String nameEn) {
}
