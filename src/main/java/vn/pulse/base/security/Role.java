package vn.pulse.base.security;

/** What a user does in Pulse. Each user has exactly one role. */
public enum Role {
    /** Designs questionnaires; manages areas, accounts and sampling plans. */
    ADMIN,
    /** Assigns fieldwork, checks quality, approves or returns submissions. */
    SUPERVISOR,
    /** Collaborator or surveyor in the field: fills questionnaires and opinion reports. */
    SURVEYOR,
    /** Reads dashboards and trend reports. */
    LEADER;

    /** Names as used in {@code @RolesAllowed}. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String SURVEYOR_NAME = "SURVEYOR";
    public static final String LEADER_NAME = "LEADER";

    public String authority() {
        return "ROLE_" + name();
    }

    /** Route of the view a user of this role lands on after signing in. */
    public String homeRoute() {
        return switch (this) {
            case ADMIN -> "admin";
            case SUPERVISOR -> "supervision";
            case SURVEYOR -> "my-work";
            case LEADER -> "overview";
        };
    }

    /** i18n key of the role's name. */
    public String messageKey() {
        return "role." + name().toLowerCase();
    }
}
