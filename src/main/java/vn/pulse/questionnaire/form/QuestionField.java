package vn.pulse.questionnaire.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.pulse.area.AreaService;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;

/**
 * One question as the surveyor sees it: label, hint, required mark, the input for its type, and
 * its error. Calculated questions are read-only; hidden calculations render nothing. The wrapper
 * has the id {@code q-<name>}, the input {@code input-<name>} (matrix rows {@code input-<item>}).
 */
public class QuestionField extends Div {

    private final Question question;
    private final AnswerInput input;

    public QuestionField(Question question, Texts texts, AreaService areas) {
        this.question = question;
        this.input = AnswerInputs.create(question, texts, areas);
        setId("q-" + question.name());
        addClassName("question-field");
        Component component = input.component();
        if (question.type() != QuestionType.MATRIX) {
            component.setId("input-" + question.name());
        }
        if (component instanceof HasValue<?, ?> field) {
            field.setRequiredIndicatorVisible(question.required());
        }
        String hint = texts.of(question.hint());
        if (!hint.isEmpty()) {
            if (component instanceof HasHelper helper) {
                helper.setHelperText(hint);
            } else {
                Span help = new Span(hint);
                help.addClassName("answer-hint");
                add(help);
            }
        }
        if (component instanceof com.vaadin.flow.component.HasSize sized) {
            sized.setWidthFull();
        }
        input.setReadOnly(question.calculation() != null);
        add(component);
        setVisible(question.type() != QuestionType.CALCULATE);
    }

    public Question question() {
        return question;
    }

    /** The raw answer, as {@link vn.pulse.questionnaire.FormEvaluator} takes it; null when empty. */
    public Object value() {
        return input.value();
    }

    public void setValue(Object raw) {
        input.setValue(raw);
    }

    /** Shows an error under the input; null clears it. */
    public void showError(String message) {
        input.setError(message);
    }

    void setChoices(List<Choice> offered) {
        input.setChoices(offered);
    }

    /** Runs when the person changes the answer. */
    public void onChange(Runnable listener) {
        input.onChange(listener);
    }
}
