package vn.pulse.analytics;

import java.time.YearMonth;
import vn.pulse.base.DomainException;
import vn.pulse.statistics.PeriodKind;

/**
 * What a dashboard asks about one question.
 *
 * @param questionnaireId the survey
 * @param question        the question (variable) name
 * @param areaCode        the area subtree to look at; null: the caller's whole scope
 * @param from            first month (inclusive); null: from the first response
 * @param to              last month (inclusive); null: up to the latest response
 * @param period          months or quarters for trends (null elsewhere: the whole range as one)
 * @param weighted        design weights N_h/n_h (true) or every respondent counting 1
 */
public record QuestionQuery(long questionnaireId, String question, String areaCode, YearMonth from, YearMonth to,
                            PeriodKind period, boolean weighted) {

    public QuestionQuery {
        if (question == null || question.isBlank()) {
            throw DomainException.invalid("missing_question", "analytics.error.missingQuestion");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw DomainException.invalid("invalid_period_range", "analytics.error.periodRange", from, to);
        }
        if (period == PeriodKind.WAVE) {
            throw DomainException.invalid("unsupported_period", "analytics.error.unsupportedPeriod", "wave");
        }
        areaCode = areaCode == null || areaCode.isBlank() ? null : areaCode.strip();
    }

    /** The whole national (or caller's) picture of a question, weighted, all time, by month. */
    public static QuestionQuery of(long questionnaireId, String question) {
        return new QuestionQuery(questionnaireId, question, null, null, null, PeriodKind.MONTH, true);
    }

    public QuestionQuery withArea(String code) {
        return new QuestionQuery(questionnaireId, question, code, from, to, period, weighted);
    }

    public QuestionQuery withRange(YearMonth first, YearMonth last) {
        return new QuestionQuery(questionnaireId, question, areaCode, first, last, period, weighted);
    }

    public QuestionQuery withPeriod(PeriodKind kind) {
        return new QuestionQuery(questionnaireId, question, areaCode, from, to, kind, weighted);
    }

    public QuestionQuery withWeighted(boolean value) {
        return new QuestionQuery(questionnaireId, question, areaCode, from, to, period, value);
    }
}
