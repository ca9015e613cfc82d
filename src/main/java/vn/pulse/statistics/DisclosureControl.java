package vn.pulse.statistics;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.pulse.base.DomainException;

/**
 * The small-cell rule: a number resting on fewer than k respondents is withheld. For a share,
 * both the respondents with the option and those without it count as cells (98% of 100 reveals
 * the 2 without). Among the shares of one single-choice question, which add up to 100%, a lone
 * suppressed share would be recovered by subtraction, so the next smallest is withheld too
 * (secondary suppression; Hundepool et al. 2012, Statistical Disclosure Control, ch. 5).
 *
 * @param minCellSize k (5 by default); 0 withholds nothing, for methods work only
 */
public record DisclosureControl(int minCellSize) {

    public DisclosureControl {
        if (minCellSize < 0) {
            throw DomainException.invalid("invalid_min_cell_size", "statistics.error.invalidMinCellSize", minCellSize);
        }
    }

    /** Whether a cell of {@code respondents} must be withheld. */
    public boolean hides(long respondents) {
        return respondents < minCellSize;
    }

    /** Whether the share of {@code cases} among {@code base} respondents must be withheld. */
    public boolean hidesShare(long cases, long base) {
        return hides(cases) || hides(base - cases);
    }

    /**
     * The shares of one single-choice question with secondary suppression: when exactly one
     * share is suppressed, the unsuppressed share with the fewest respondents ({@code cases}) is
     * suppressed as well.
     */
    public Map<String, Estimate> protectShares(Map<String, Estimate> shares, Map<String, Long> cases) {
        long suppressed = shares.values().stream().filter(Estimate::suppressed).count();
        if (suppressed != 1) {
            return shares;
        }
        String smallest = null;
        for (var entry : shares.entrySet()) {
            if (!entry.getValue().suppressed()
                    && (smallest == null || cases.get(entry.getKey()) < cases.get(smallest))) {
                smallest = entry.getKey();
            }
        }
        if (smallest == null) {
            return shares;
        }
        Map<String, Estimate> result = new LinkedHashMap<>(shares);
        result.put(smallest, Estimate.suppressed(shares.get(smallest).probabilitySample()));
        return result;
    }
}
