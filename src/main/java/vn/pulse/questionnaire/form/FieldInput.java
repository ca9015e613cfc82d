package vn.pulse.questionnaire.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.pulse.questionnaire.Choice;

/** An {@link AnswerInput} over one Vaadin field, with conversions between its value and the raw answer. */
final class FieldInput<C extends Component & HasValue<?, V> & HasValidation, V> implements AnswerInput {

    private final C field;
    private final Function<V, Object> toRaw;
    private final Function<Object, V> fromRaw;
    private Consumer<List<Choice>> choices = offered -> { };

    FieldInput(C field, Function<V, Object> toRaw, Function<Object, V> fromRaw) {
        this.field = field;
        this.toRaw = toRaw;
        this.fromRaw = fromRaw;
    }

    /** How this input narrows its choices when a choice filter applies. */
    FieldInput<C, V> withChoices(Consumer<List<Choice>> setter) {
        this.choices = setter;
        return this;
    }

    @Override
    public void setChoices(List<Choice> offered) {
        choices.accept(offered);
    }

    C field() {
        return field;
    }

    @Override
    public Component component() {
        return field;
    }

    @Override
    public Object value() {
        V value = field.getValue();
        return value == null || field.isEmpty() ? null : toRaw.apply(value);
    }

    @Override
    public void setValue(Object raw) {
        V value = raw == null ? field.getEmptyValue() : fromRaw.apply(raw);
        field.setValue(value == null ? field.getEmptyValue() : value);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        field.setReadOnly(readOnly);
    }

    @Override
    public void setError(String message) {
        field.setErrorMessage(message);
        field.setInvalid(message != null);
    }

    @Override
    public void onChange(Runnable listener) {
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listener.run();
            }
        });
    }
}
