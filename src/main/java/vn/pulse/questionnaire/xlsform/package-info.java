/**
 * XLSForm (https://xlsform.org) import and export with Apache POI: the survey, choices and
 * settings sheets, languages as {@code label::Tiếng Việt (vi)} columns, groups as sections,
 * {@code table-list} groups as matrices, {@code likert} appearance as Likert scales, a 0-10
 * {@code range} as rating, {@code select_one_from_file areas.csv} as the area question.
 */
package vn.pulse.questionnaire.xlsform;
