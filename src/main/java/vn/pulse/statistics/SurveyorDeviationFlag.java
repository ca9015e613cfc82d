package vn.pulse.statistics;

/**
 * A surveyor whose respondents answer a question differently from those of the other surveyors
 * in the same area, beyond what chance explains.
 *
 * @param surveyor      the surveyor
 * @param area          the area the comparison is made in
 * @param question      the question
 * @param answers       the surveyor's answers to it
 * @param chiSquare     Pearson's X² of surveyor against peers
 * @param df            its degrees of freedom
 * @param pValue        P(X² ≥ chiSquare)
 * @param adjustedP     Benjamini–Hochberg adjusted p over all surveyors and questions tested
 * @param answer        the answer most over-represented among the surveyor's respondents
 * @param surveyorShare that answer's share among the surveyor's respondents
 * @param peerShare     and among the peers'
 */
public record SurveyorDeviationFlag(String surveyor, String area, String question, long answers, double chiSquare,
                                    int df, double pValue, double adjustedP, String answer, double surveyorShare,
                                    double peerShare) implements QualityFlag {

    @Override
    public String subject() {
        return surveyor;
    }
}
