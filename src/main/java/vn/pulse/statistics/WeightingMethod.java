package vn.pulse.statistics;

/** A step that produced a sample's weights; a sample lists its steps in order. */
public enum WeightingMethod {
    /** Every respondent weighs 1. */
    NONE,
    /** Weights supplied with the sample, or design weights N_h/n_h from the sampling plan. */
    DESIGN,
    /** Post-stratified to known population counts of cells. */
    POST_STRATIFIED,
    /** Raked (iterative proportional fitting) to several population margins. */
    RAKED,
    /** Extreme weights trimmed to bounds and the excess redistributed. */
    TRIMMED
}
