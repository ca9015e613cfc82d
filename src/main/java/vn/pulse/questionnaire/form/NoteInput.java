package vn.pulse.questionnaire.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import vn.pulse.questionnaire.Question;

/** A note shows text and takes no answer; a hidden calculation shows nothing. */
final class NoteInput implements AnswerInput {

    private final Paragraph text;

    NoteInput(Question q, Texts texts) {
        text = new Paragraph(texts.label(q));
        text.addClassName("answer-note");
    }

    @Override
    public Component component() {
        return text;
    }

    @Override
    public Object value() {
        return null;
    }

    @Override
    public void setValue(Object raw) {
        // notes have no answer; calculations are recomputed by the evaluator
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        // nothing to edit
    }

    @Override
    public void setError(String message) {
        // a note cannot be wrong
    }

    @Override
    public void onChange(Runnable listener) {
        // never changes
    }
}
