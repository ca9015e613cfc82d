/**
 * The expression language of questionnaires: the common subset of XLSForm's XPath expressions
 * ({@code ${name}}, {@code .}, comparisons, {@code and}/{@code or}/{@code not()}, arithmetic,
 * {@code selected()}, {@code count-selected()}, {@code string-length()}, {@code if()},
 * {@code today()} and a few more). A hand-written tokenizer and precedence-climbing parser build
 * an immutable tree once; evaluating it is a walk over that tree with the answers of one
 * submission. Nothing here runs code, reflects or loads classes; length, depth and size limits
 * make hostile input fail fast with an error that names its position.
 */
@org.springframework.modulith.NamedInterface("expression")
package vn.pulse.questionnaire.expression;
