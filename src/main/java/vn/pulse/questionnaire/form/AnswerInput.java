package vn.pulse.questionnaire.form;

import com.vaadin.flow.component.Component;
import java.util.List;
import vn.pulse.questionnaire.Choice;

/** The input of one question: its component, and how to read and write its raw answer. */
interface AnswerInput {

    Component component();

    /** The answer as {@link vn.pulse.questionnaire.FormEvaluator} takes it (null when empty). */
    Object value();

    void setValue(Object raw);

    void setReadOnly(boolean readOnly);

    /** Shows an error under the input, or clears it with null. */
    void setError(String message);

    /** Runs when the person changes the answer (not when code sets it). */
    void onChange(Runnable listener);

    /** Offers only these choices (choice filters); other inputs ignore it. */
    default void setChoices(List<Choice> offered) {
    }
}
