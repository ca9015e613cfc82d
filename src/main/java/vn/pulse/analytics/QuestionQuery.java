package vn.pulse.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.pulse.base.DomainException;
import vn.pulse.base.Formats;
import vn.pulse.statistics.PeriodKind;

/**
 * What a dashboard asks about one question.
 *
 * @param questionnaireId the survey
 * @param question        the question (variable) name
 * @param areaCode        the area subtree to look at; null: the caller's whole scope
 * @param from            first interview day (inclusive); null: from the first response
 * @param to              last interview day (inclusive); null: up to the latest response
 * @param period          days, weeks, months or quarters for trends, survey waves (questionnaire versions) for
 *                        estimates (null: the whole range as one)
 * @param weighted        design weights N_h/n_h (true) or every respondent counting 1
 * @param group           only the respondents of one group (one answer to a single-choice question); null: everyone
 */
public record QuestionQuery(long questionnaireId, String question, String areaCode, LocalDate from, LocalDate to,
                            PeriodKind period, boolean weighted, Group group) {

    /** Respondents who gave one answer ({@code choice}) to a single-choice question, e.g. women, people aged 18–29. */
    public record Group(String question, String choice) {
        public Group {
            if (question == null || question.isBlank() || choice == null || choice.isBlank()) {
                throw DomainException.invalid("invalid_group", "analytics.error.group", question + "=" + choice);
            }
            question = question.strip();
            choice = choice.strip();
        }

        /** {@code question=choice}, as the estimates API takes it. */
        public static Group parse(String text) {
            int equals = text == null ? -1 : text.indexOf('=');
            if (equals < 0) {
                throw DomainException.invalid("invalid_group", "analytics.error.group", text);
            }
            return new Group(text.substring(0, equals), text.substring(equals + 1));
        }
    }

    /** Everyone's answers (no group filter) from the first day of month {@code from} to the last of month {@code to}. */
    public QuestionQuery(long questionnaireId, String question, String areaCode, YearMonth from, YearMonth to,
                         PeriodKind period, boolean weighted) {
        this(questionnaireId, question, areaCode, firstDay(from), lastDay(to), period, weighted, null);
    }

    public QuestionQuery {
        if (question == null || question.isBlank()) {
            throw DomainException.invalid("missing_question", "analytics.error.missingQuestion");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw DomainException.invalid("invalid_period_range", "analytics.error.periodRange", Formats.date(from),
                    Formats.date(to));
        }
        areaCode = areaCode == null || areaCode.isBlank() ? null : areaCode.strip();
    }

    /** The whole national (or caller's) picture of a question, weighted, all time, by month. */
    public static QuestionQuery of(long questionnaireId, String question) {
        return new QuestionQuery(questionnaireId, question, null, null, null, PeriodKind.MONTH, true);
    }

    public QuestionQuery withArea(String code) {
        return new QuestionQuery(questionnaireId, question, code, from, to, period, weighted, group);
    }

    /** From the first day of month {@code first} to the last of month {@code last} (either null: open). */
    public QuestionQuery withRange(YearMonth first, YearMonth last) {
        return withDays(firstDay(first), lastDay(last));
    }

    /** From day {@code first} to day {@code last}, both inclusive (either null: open). */
    public QuestionQuery withDays(LocalDate first, LocalDate last) {
        return new QuestionQuery(questionnaireId, question, areaCode, first, last, period, weighted, group);
    }

    private static LocalDate firstDay(YearMonth month) {
        return month == null ? null : month.atDay(1);
    }

    private static LocalDate lastDay(YearMonth month) {
        return month == null ? null : month.atEndOfMonth();
    }

    public QuestionQuery withPeriod(PeriodKind kind) {
        return new QuestionQuery(questionnaireId, question, areaCode, from, to, kind, weighted, group);
    }

    public QuestionQuery withWeighted(boolean value) {
        return new QuestionQuery(questionnaireId, question, areaCode, from, to, period, value, group);
    }

    public QuestionQuery withGroup(Group value) {
        return new QuestionQuery(questionnaireId, question, areaCode, from, to, period, weighted, value);
    }
}
