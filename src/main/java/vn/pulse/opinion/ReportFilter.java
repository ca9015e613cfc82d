package vn.pulse.opinion;

import java.time.YearMonth;

/** Which reports a list shows; {@code null} fields do not filter. */
public record ReportFilter(ReportStatus status, YearMonth period, String areaCode) {

    public static final ReportFilter ALL = new ReportFilter(null, null, null);
}
