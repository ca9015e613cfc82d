package vn.pulse.demo;

import java.time.Duration;

/**
 * What a run made.
 *
 * @param responsesAdded  new responses (a uuid already stored is not counted again)
 * @param reportsAdded    new opinion reports
 * @param questionnaireId the demo questionnaire
 */
public record DemoSummary(long questionnaireId, int responsesAdded, int reportsAdded, int surveyors,
        Duration took) {
}
