package vn.pulse.opinion;

import java.time.Instant;
import vn.pulse.base.security.AreaScope;

/**
 * An account as the opinion module needs it: whose reports, in which area, and whether the
 * person is a single-line collaborator with a handler.
 *
 * @param areaPath path of the account's home area, {@code null} for a national account
 */
record Collaborator(long id, String username, String displayName, String role, String areaCode, String areaName,
        String areaPath, boolean singleLine, Long handlerId, Instant createdAt) {

    AreaScope scope() {
        return areaPath == null ? AreaScope.NATIONAL : new AreaScope(areaPath);
    }

    /** May {@code viewerId} know who this person is? */
    boolean identityVisibleTo(long viewerId) {
        return !singleLine || viewerId == id || (handlerId != null && viewerId == handlerId);
    }

    Author authorFor(long viewerId) {
        return identityVisibleTo(viewerId) ? new Author(id, displayName, singleLine) : Author.HIDDEN;
    }

    /** Only the handler reviews a single-line collaborator's reports; anyone in scope reviews the others'. */
    boolean reviewableBy(long reviewerId) {
        return !singleLine || (handlerId != null && handlerId == reviewerId);
    }
}
