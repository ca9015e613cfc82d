package vn.pulse.analytics.ui;

import java.util.Locale;
import vn.pulse.base.Formats;
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
}
