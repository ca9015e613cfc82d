package vn.pulse.questionnaire.expression;

import java.time.LocalDate;

/**
 * What an expression can see while it is evaluated. Values are {@code null} (no answer),
 * {@link String}, {@link java.math.BigDecimal}, {@link Boolean}, {@link LocalDate} or a
 * {@code List<String>} (the choices of a multiple-choice answer); other numbers are accepted
 * and read as decimals.
 */
public interface EvaluationContext {

    /** The answer to the question named {@code name} (its value, or null when empty or not relevant). */
    Object answer(String name);

    /** The answer being checked by a constraint ({@code .}). */
    Object current();

    /** The date {@code today()} returns: the caller's, so evaluation is repeatable. */
    LocalDate today();

    /** A column of the choice being filtered (choice filters only). */
    default Object choiceAttribute(String name) {
        return null;
    }
}
