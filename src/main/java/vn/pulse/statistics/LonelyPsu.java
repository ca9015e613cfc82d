package vn.pulse.statistics;

import vn.pulse.base.DomainException;

/**
 * What to do with a stratum that has a single primary sampling unit, whose variance contribution
 * cannot be estimated. The options and their formulas are those of R's survey package option
 * {@code survey.lonely.psu} (Lumley 2010, section 3.2.1); {@link #FAIL} is its default.
 */
public enum LonelyPsu {

    /** Refuse to estimate a variance: a {@link DomainException} with code {@code lonely_psu}. */
    FAIL,

    /** Treat the stratum as sampled with certainty: it contributes no variance. */
    CERTAINTY,

    /**
     * Centre the lonely PSU on the grand mean instead of its stratum mean (conservative):
     * the stratum contributes f_h·t_h², t_h being the PSU's total score.
     */
    ADJUST,

    /**
     * Give the lonely strata the average variance of the other strata: the variance summed over
     * strata that have two or more PSUs is scaled by (all strata) / (strata with two or more).
     */
    AVERAGE
}
