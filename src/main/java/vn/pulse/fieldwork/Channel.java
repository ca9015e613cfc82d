package vn.pulse.fieldwork;

/** How a response reached Pulse (column {@code response.channel}). */
public enum Channel {
    /** Filled in Pulse's own form on a phone or computer. */
    FORM,
    /** Sent by an offline or third-party client through the submissions API (or a generator). */
    API,
    /** A paper questionnaire typed in by a supervisor, with its printed form number. */
    PAPER
}
