package vn.pulse.account;

import vn.pulse.base.security.Role;

/**
 * What an administrator enters to create or change an account.
 *
 * @param areaCode root of the user's area subtree; {@code null} for the whole country
 * @param password new password, or {@code null} to keep the current one when editing
 * @param singleLine a single-line collaborator (surveyors only), whose identity only the handler sees
 * @param handlerId  the supervisor a single-line collaborator reports to
 */
public record UserDraft(String username, String displayName, Role role, String areaCode, String password,
        boolean singleLine, Long handlerId) {

    /** An ordinary account (not a single-line collaborator). */
    public UserDraft(String username, String displayName, Role role, String areaCode, String password) {
        this(username, displayName, role, areaCode, password, false, null);
    }
}
