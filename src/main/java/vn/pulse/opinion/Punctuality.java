package vn.pulse.opinion;

/** How a collaborator's periodic report for a month stands against its deadline. */
public enum Punctuality {
    ON_TIME,
    LATE,
    /** Not submitted, and the deadline has passed. */
    MISSING,
    /** Not submitted yet, and the deadline has not passed. */
    NOT_DUE;

    public String messageKey() {
        return "opinion.punctuality." + name().toLowerCase();
    }
}
