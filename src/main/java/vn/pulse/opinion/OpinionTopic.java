package vn.pulse.opinion;

import java.util.Locale;

/**
 * A topic of the managed taxonomy, or a group of topics ({@link #isGroup()}). Streams name
 * topics, never groups. Retired topics stay for the streams that used them.
 *
 * @param groupCode code of the topic's group; {@code null} for a group
 */
public record OpinionTopic(long id, String code, String groupCode, String nameVi, String nameEn, int sortOrder,
        boolean active) {

    public boolean isGroup() {
        return groupCode == null;
    }

    /** The name in the reader's language: English for English readers, Vietnamese otherwise. */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
