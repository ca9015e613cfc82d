package vn.pulse.fieldwork;

/** Where a response stands in review. A new response is {@link #SUBMITTED}. */
public enum ResponseStatus {
    /** Received and valid, not yet reviewed. */
    SUBMITTED,
    /** Checked by a supervisor and accepted. */
    APPROVED,
    /** Sent back to its surveyor with a comment, to be fixed and submitted again. */
    RETURNED,
    /** Refused by a supervisor (e.g. a fabricated interview); never counted. */
    REJECTED
}
