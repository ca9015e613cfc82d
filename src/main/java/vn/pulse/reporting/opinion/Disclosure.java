package vn.pulse.reporting.opinion;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.pulse.reporting.document.Cell;
import vn.pulse.statistics.DisclosureControl;
import vn.pulse.statistics.Estimate;

/**
 * The small-cell rule of reports: a figure resting on fewer than k opinion reports is withheld,
 * so that no collaborator's report can be picked out of a table. Nothing (zero) is never
 * withheld: it reveals nobody.
 */
final class Disclosure {

    private final DisclosureControl control;

    Disclosure(int minReports) {
        this.control = new DisclosureControl(minReports);
    }

    int k() {
        return control.minCellSize();
    }

    boolean shows(long reports) {
        return reports == 0 || !control.hides(reports);
    }

    Cell count(long streams, long reports) {
        return shows(reports) ? Cell.count(streams) : Cell.withheld();
    }

    /**
     * The shares of each key among {@code base} streams, withheld where a key rests on fewer
     * than k reports; when exactly one share is withheld the next smallest goes too, or the
     * shares, which add up to 100%, would give it away (DisclosureControl.protectShares).
     */
    <K> Map<K, Cell> shares(Tally<K> tally, Iterable<K> keys, long base) {
        Map<String, Estimate> estimates = new LinkedHashMap<>();
        Map<String, Long> cases = new LinkedHashMap<>();
        Map<String, K> byName = new LinkedHashMap<>();
        for (K key : keys) {
            String name = String.valueOf(key);
            byName.put(name, key);
            long streams = tally.streams(key);
            cases.put(name, streams);
            estimates.put(name, !shows(tally.reports(key)) ? Estimate.suppressed(false)
                    : new Estimate(streams, base == 0 ? Double.NaN : (double) streams / base, Double.NaN, Double.NaN,
                            Double.NaN, Double.NaN, Double.NaN, false, false));
        }
        Map<K, Cell> shares = new LinkedHashMap<>();
        control.protectShares(estimates, cases).forEach((name, estimate) -> shares.put(byName.get(name),
                estimate.suppressed() ? Cell.withheld() : Cell.share(estimate.estimate())));
        return shares;
    }
}
