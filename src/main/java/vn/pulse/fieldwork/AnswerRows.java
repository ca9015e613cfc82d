package vn.pulse.fieldwork;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;

/** Turns cleaned answers into the narrow rows of {@code response_answer}, as V20 describes per question type. */
final class AnswerRows {

    /** One stored value. */
    record Row(long variableId, String item, String choice, Double number, String text) {
    }

    private AnswerRows() {
    }

    static void forEach(FormDefinition form, Map<String, Object> answers, Map<String, Long> variables,
            Consumer<Row> sink) {
        answers.forEach((name, value) -> {
            Question q = form.question(name).orElse(null);
            Long variable = variables.get(name);
            if (q == null || value == null || q.type() == QuestionType.NOTE) {
                return;
            }
            if (variable == null) {
                // never store a response short of an answer: the whole write fails instead
                throw new IllegalStateException("no survey_variable for " + name);
            }
            switch (q.type()) {
                case SELECT_ONE -> sink.accept(new Row(variable, "", String.valueOf(value), null, null));
                case SELECT_MULTIPLE -> ((List<?>) value).forEach(
                        c -> sink.accept(new Row(variable, "", String.valueOf(c), null, null)));
                case LIKERT, RATING, INTEGER, DECIMAL -> sink.accept(new Row(variable, "", "", number(value), null));
                case MATRIX -> ((Map<?, ?>) value).forEach((item, choice) -> sink.accept(new Row(variable,
                        String.valueOf(item), String.valueOf(choice), position(q.choices(), String.valueOf(choice)), null)));
                case TEXT, AREA -> sink.accept(new Row(variable, "", "", null, String.valueOf(value)));
                case DATE -> sink.accept(new Row(variable, "", "", null, ((LocalDate) value).toString()));
                case CALCULATE -> sink.accept(value instanceof Number n ? new Row(variable, "", "", n.doubleValue(), null)
                        : new Row(variable, "", "", null, String.valueOf(value)));
                case NOTE -> {
                    // notes have no answer
                }
            }
        });
    }

    static List<Row> of(FormDefinition form, Map<String, Object> answers, Map<String, Long> variables) {
        List<Row> rows = new java.util.ArrayList<>();
        forEach(form, answers, variables, rows::add);
        return rows;
    }

    private static Double number(Object value) {
        return value instanceof BigDecimal d ? d.doubleValue() : ((Number) value).doubleValue();
    }

    /** The choice's position 1..k on the matrix's shared scale. */
    private static Double position(List<Choice> scale, String choice) {
        for (int i = 0; i < scale.size(); i++) {
            if (scale.get(i).name().equals(choice)) {
                return (double) (i + 1);
            }
        }
        return null;
    }
}
