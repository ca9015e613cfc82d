/**
 * The form renderer: Vaadin components that show a questionnaire version as a surveyor fills it,
 * one section per page, mobile first, with relevance, calculations, choice filters and
 * constraints applied live by the same {@link vn.pulse.questionnaire.FormEvaluator} the server
 * uses for every submission. The designer's preview uses it; fieldwork uses it for surveyors.
 */
@org.springframework.modulith.NamedInterface("form")
package vn.pulse.questionnaire.form;
