package vn.pulse.reporting.survey;

import vn.pulse.base.i18n.Messages;

/** The wording of the survey results report, which Pulse writes in Vietnamese. */
final class SurveyText {

    private SurveyText() {
    }

    static String text(String key, Object... args) {
        return Messages.get(key, Messages.VIETNAMESE, args);
    }
}
