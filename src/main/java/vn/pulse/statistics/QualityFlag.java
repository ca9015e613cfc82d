package vn.pulse.statistics;

/**
 * A data-quality finding with its evidence, for a supervisor to check before trusting the
 * interview or the surveyor. A flag is a reason to look, not a verdict.
 */
public sealed interface QualityFlag
        permits SpeedingFlag, StraightLiningFlag, NearDuplicateFlag, SurveyorDeviationFlag {

    /** The response, or for surveyor flags the surveyor, the finding is about. */
    String subject();
}
