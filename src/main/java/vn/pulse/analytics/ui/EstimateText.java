package vn.pulse.analytics.ui;

import java.util.Locale;
import vn.pulse.base.Formats;
import vn.pulse.statistics.Difference;
import vn.pulse.statistics.Estimate;

/** Estimates as people read them: shares as percentages (62,5%), means with two decimals, "–" when withheld. */
final class EstimateText {

    static final String WITHHELD = "–";

    private EstimateText() {
    }

    static String value(Estimate e, boolean share, Locale locale) {
        if (e == null || e.suppressed() || Double.isNaN(e.estimate())) {
            return WITHHELD;
        }
        return share ? Formats.percent(e.estimate(), locale) : Formats.number(e.estimate(), 2, locale);
    }

    static String interval(Estimate e, boolean share, Locale locale) {
        if (e == null || !e.hasMarginOfError()) {
            return WITHHELD;
        }
        return share ? Formats.percent(e.ciLow(), locale) + " – " + Formats.percent(e.ciHigh(), locale)
                : Formats.number(e.ciLow(), 2, locale) + " – " + Formats.number(e.ciHigh(), 2, locale);
    }

    /** The number plotted: percent points for shares, null when withheld. */
    static Double plotted(double value, boolean share, boolean suppressed) {
        if (suppressed || Double.isNaN(value)) {
            return null;
        }
        return share ? Math.round(value * 1000) / 10.0 : Math.round(value * 100) / 100.0;
    }

    /**
     * A difference as read in tables: "▲ 4,2 điểm % *" when significant (p < 0.05), the plain
     * difference otherwise, nothing when there is none to show.
     */
    static String change(Difference d, boolean share, Locale locale, String points) {
        if (d == null || d.suppressed() || Double.isNaN(d.pValue())) {
            return "";
        }
        String text = share ? Formats.number(d.difference() * 100, 1, locale) + " " + points
                : Formats.number(d.difference(), 2, locale);
        return d.pValue() < 0.05 ? (d.difference() > 0 ? "▲ " : "▼ ") + text + " *" : text;
    }
}
