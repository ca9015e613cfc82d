package vn.pulse.questionnaire.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Set;
import vn.pulse.questionnaire.expression.Expression;
import vn.pulse.questionnaire.expression.ExpressionException;

/** A text field for an expression that says at once, with the character position, what is wrong with it. */
class ExpressionField extends TextField {

    private final boolean choiceFilter;
    private final Set<String> names;

    /** @param names the question names a reference may use */
    ExpressionField(String label, String example, boolean choiceFilter, Set<String> names) {
        super(label);
        this.choiceFilter = choiceFilter;
        this.names = names;
        setHelperText(example);
        setClearButtonVisible(true);
        setWidthFull();
        setValueChangeMode(ValueChangeMode.LAZY);
        addValueChangeListener(e -> check());
    }

    /** Shows the first problem of the expression; true when it is fine (or empty). */
    boolean check() {
        String source = getValue();
        String problem = null;
        if (source != null && !source.isBlank()) {
            try {
                Expression parsed = choiceFilter ? Expression.parseChoiceFilter(source) : Expression.parse(source);
                problem = parsed.references().entrySet().stream().filter(r -> !names.contains(r.getKey())).findFirst()
                        .map(r -> getTranslation("questionnaire.problem.reference_unknown", r.getKey(), r.getValue() + 1))
                        .orElse(null);
            } catch (ExpressionException e) {
                Object[] args = new Object[e.args().size() + 1];
                args[0] = e.position() + 1;
                for (int i = 0; i < e.args().size(); i++) {
                    args[i + 1] = e.args().get(i);
                }
                problem = getTranslation(e.messageKey(), args);
            }
        }
        setErrorMessage(problem);
        setInvalid(problem != null);
        return problem == null;
    }
}
