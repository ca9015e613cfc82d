package vn.pulse.reporting.opinion;

import java.util.Locale;
import vn.pulse.base.Formats;
import vn.pulse.base.i18n.Messages;
import vn.pulse.opinion.OpinionScale;

/**
 * The wording of opinion reports. Documents of a Party committee are written in Vietnamese, so
 * every phrase comes from the reporting bundle in Vietnamese (keys reporting.doc.*), with
 * numbers written the Vietnamese way (62,5%).
 */
final class Words {

    static final Locale LOCALE = Messages.VIETNAMESE;

    private Words() {
    }

    static String text(String key, Object... args) {
        return Messages.get(key, LOCALE, args);
    }

    /** A scale value's label in lower case, for running text: "tán thành, đồng tình". */
    static String lower(OpinionScale value) {
        return label(value).toLowerCase(LOCALE);
    }

    static String label(OpinionScale value) {
        return Messages.get(value.messageKey(), LOCALE);
    }

    static String percent(double share) {
        return Formats.percent(share, LOCALE);
    }

    static String count(long n) {
        return Formats.integer(n, LOCALE);
    }

    static String decimal(double value, int digits) {
        return Formats.number(value, digits, LOCALE);
    }

    /** A p-value as people read it: "p = 0,031", or "p < 0,001". */
    static String pValue(double p) {
        return p < 0.001 ? "p < 0,001" : "p = " + decimal(p, 3);
    }
}
