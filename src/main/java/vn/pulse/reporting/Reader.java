package vn.pulse.reporting;

import vn.pulse.base.security.Role;

/** Someone who may be put on a report's distribution list: a leader or supervisor of its area. */
public record Reader(long id, String username, String displayName, Role role, String areaName) {
}
