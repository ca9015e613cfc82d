package vn.pulse.reporting.opinion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.pulse.statistics.EarlyWarning;
import vn.pulse.statistics.OpinionAlert;
import vn.pulse.statistics.WarningSettings;

/**
 * The hot issues of a period: every week of it is put to the statistics module's early warning
 * (that week against the 8 before), and each topic and valence keeps its strongest alert.
 * Alerts resting on fewer than k reports are left out, like every small cell.
 */
final class HotIssues {

    private HotIssues() {
    }

    static List<OpinionAlert> of(WeeklyFigures weekly, List<LocalDate> weeks, Disclosure disclosure) {
        EarlyWarning warning = new EarlyWarning(WarningSettings.DEFAULT);
        Map<String, OpinionAlert> strongest = new LinkedHashMap<>();
        var counts = weekly.counts();
        for (LocalDate week : weeks) {
            for (OpinionAlert alert : warning.evaluate(counts, week).alerts()) {
                boolean publishable = alert.week().equals(week)
                        && disclosure.shows(weekly.reports(alert.topic(), alert.direction(), week));
                if (publishable) {
                    strongest.merge(alert.topic() + " " + alert.direction(), alert,
                            (a, b) -> a.pValue() <= b.pValue() ? a : b);
                }
            }
        }
        List<OpinionAlert> alerts = new ArrayList<>(strongest.values());
        alerts.sort(Comparator.comparing(OpinionAlert::negative).reversed().thenComparing(OpinionAlert::pValue));
        return alerts;
    }
}
