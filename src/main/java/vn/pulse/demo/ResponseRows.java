package vn.pulse.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;

/**
 * A generated response as rows of the V20 tables (see the comments in V20__responses.sql for how
 * each question type is stored): what the fast path and the benchmark's plain JDBC insert write.
 */
final class ResponseRows {

    /** One row of response_answer, without the response id. */
    record AnswerRow(String variable, String item, String choice, Double number, String text) {
    }

    private ResponseRows() {
    }

    static Instant receivedAt(GeneratedResponse response) {
        return response.completedAt().plus(Duration.ofMinutes(5));
    }

    static List<AnswerRow> answers(FormDefinition form, GeneratedResponse response) {
        List<AnswerRow> rows = new ArrayList<>(24);
        for (Map.Entry<String, Object> e : response.answers().entrySet()) {
            Question q = form.question(e.getKey()).orElseThrow(
                    () -> new IllegalStateException("not in the questionnaire: " + e.getKey()));
            Object value = e.getValue();
            switch (value) {
                case Map<?, ?> matrix -> matrix.forEach((item, choice) -> rows.add(new AnswerRow(q.name(),
                        (String) item, (String) choice, (double) position(q, (String) choice), null)));
                case List<?> many -> many.forEach(choice -> rows.add(new AnswerRow(q.name(), "", (String) choice,
                        null, null)));
                case Long number -> rows.add(new AnswerRow(q.name(), "", "", number.doubleValue(), null));
                case String s when q.type() == QuestionType.SELECT_ONE -> rows.add(new AnswerRow(q.name(), "", s,
                        null, null));
                case String s -> rows.add(new AnswerRow(q.name(), "", "", null, s));
                default -> throw new IllegalStateException("unexpected answer type for " + q.name());
            }
        }
        return rows;
    }

    private static int position(Question q, String choice) {
        List<Choice> scale = q.choices();
        for (int i = 0; i < scale.size(); i++) {
            if (scale.get(i).name().equals(choice)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("not on the scale of " + q.name() + ": " + choice);
    }
}
