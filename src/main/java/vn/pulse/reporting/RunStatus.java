package vn.pulse.reporting;

/** Where a report run stands: queued → running → done | failed. */
public enum RunStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public String code() {
        return name().toLowerCase();
    }

    public boolean finished() {
        return this == DONE || this == FAILED;
    }

    public String messageKey() {
        return "reporting.run." + code();
    }
}
