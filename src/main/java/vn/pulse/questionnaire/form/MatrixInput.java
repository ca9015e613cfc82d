package vn.pulse.questionnaire.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.Question;

/** A battery of items sharing one scale: one row of choices per item, stacked on phones. */
final class MatrixInput implements AnswerInput {

    private final Div box = new Div();
    private final Span error = new Span();
    private final Map<String, RadioButtonGroup<String>> rows = new LinkedHashMap<>();

    MatrixInput(Question q, Texts texts) {
        box.addClassName("answer-matrix");
        Span title = new Span(texts.label(q));
        title.addClassName("answer-matrix-title");
        box.add(title);
        Map<String, String> labels = new HashMap<>();
        q.choices().forEach(c -> labels.put(c.name(), texts.of(c.label())));
        for (Choice item : q.items()) {
            RadioButtonGroup<String> row = new RadioButtonGroup<>(texts.of(item.label()));
            row.setId("input-" + item.name());
            row.setItems(q.choices().stream().map(Choice::name).toList());
            row.setItemLabelGenerator(name -> labels.getOrDefault(name, name));
            row.addClassName("answer-matrix-row");
            rows.put(item.name(), row);
            box.add(row);
        }
        error.addClassName("answer-error");
        box.add(error);
    }

    @Override
    public Component component() {
        return box;
    }

    @Override
    public Object value() {
        Map<String, String> answers = new LinkedHashMap<>();
        rows.forEach((item, row) -> {
            if (row.getValue() != null) {
                answers.put(item, row.getValue());
            }
        });
        return answers.isEmpty() ? null : answers;
    }

    @Override
    public void setValue(Object raw) {
        Map<?, ?> answers = raw instanceof Map<?, ?> m ? m : Map.of();
        rows.forEach((item, row) -> {
            Object value = answers.get(item);
            row.setValue(value == null ? null : value.toString());
        });
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        rows.values().forEach(row -> row.setReadOnly(readOnly));
    }

    @Override
    public void setError(String message) {
        error.setText(message == null ? "" : message);
        rows.values().forEach(row -> row.setInvalid(message != null));
    }

    @Override
    public void onChange(Runnable listener) {
        rows.values().forEach(row -> row.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listener.run();
            }
        }));
    }
}
