package vn.pulse.account;

import vn.pulse.base.security.Role;

/**
 * What an administrator enters to create or change an account.
 *
 * @param areaCode root of the user's area subtree; {@code null} for the whole country
 * @param password new password, or {@code null} to keep the current one when editing
 */
public record UserDraft(String username, String displayName, Role role, String areaCode, String password) {
}
