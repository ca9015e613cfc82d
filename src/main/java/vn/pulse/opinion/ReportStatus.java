package vn.pulse.opinion;

/**
 * Where a report stands: draft → submitted → approved | returned | rejected; a returned report
 * is fixed by its author and submitted again.
 */
public enum ReportStatus implements OpinionScale {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED,
    REJECTED;

    @Override
    public String code() {
        return name().toLowerCase();
    }

    @Override
    public String messageKey() {
        return "opinion.status." + code();
    }

    /** May the author still change the report? */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
