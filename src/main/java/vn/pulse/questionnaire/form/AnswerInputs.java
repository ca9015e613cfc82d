package vn.pulse.questionnaire.form;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import vn.pulse.area.Area;
import vn.pulse.area.AreaPicker;
import vn.pulse.area.AreaService;
import vn.pulse.base.ui.DatePickers;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;

/** Makes the input of each question type, with large touch targets for phones. */
final class AnswerInputs {

    private AnswerInputs() {
    }

    /** @param text the question's texts in the reader's language */
    static AnswerInput create(Question q, Texts text, AreaService areas) {
        return switch (q.type()) {
            case SELECT_ONE, LIKERT -> single(q, q.choices(), text);
            case RATING -> rating(q, text);
            case SELECT_MULTIPLE -> multiple(q, text);
            case INTEGER -> {
                IntegerField field = new IntegerField(text.label(q));
                yield new FieldInput<>(field, v -> (Object) v.longValue(), raw -> raw instanceof Number n ? n.intValue()
                        : Integer.valueOf(raw.toString()));
            }
            case DECIMAL -> new FieldInput<>(new BigDecimalField(text.label(q)), v -> (Object) v,
                    raw -> raw instanceof BigDecimal d ? d : new BigDecimal(raw.toString()));
            case TEXT -> q.hasAppearance("multiline")
                    ? new FieldInput<>(new TextArea(text.label(q)), v -> (Object) v, Object::toString)
                    : new FieldInput<>(new TextField(text.label(q)), v -> (Object) v, Object::toString);
            case DATE -> {
                var picker = DatePickers.create();
                picker.setLabel(text.label(q));
                yield new FieldInput<>(picker, v -> (Object) v, raw -> raw instanceof LocalDate d ? d
                        : LocalDate.parse(raw.toString()));
            }
            case AREA -> area(q, text, areas);
            case MATRIX -> new MatrixInput(q, text);
            case NOTE, CALCULATE -> new NoteInput(q, text);
        };
    }

    private static AnswerInput single(Question q, List<Choice> choices, Texts text) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>(text.label(q));
        Map<String, String> labels = new HashMap<>();
        choices.forEach(c -> labels.put(c.name(), text.of(c.label())));
        group.setItemLabelGenerator(name -> labels.getOrDefault(name, name));
        group.setItems(choices.stream().map(Choice::name).toList());
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.addClassName("answer-choices");
        return new FieldInput<>(group, v -> (Object) v, Object::toString)
                .withChoices(offered -> narrow(group, offered));
    }

    private static void narrow(RadioButtonGroup<String> group, List<Choice> offered) {
        List<String> names = offered.stream().map(Choice::name).toList();
        if (!names.equals(group.getListDataView().getItems().toList())) {
            String kept = names.contains(group.getValue()) ? group.getValue() : null;
            group.setItems(names);
            group.setValue(kept);
        }
    }

    private static AnswerInput rating(Question q, Texts text) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>(text.label(q));
        group.setItems(IntStream.rangeClosed(0, 10).mapToObj(String::valueOf).toList());
        group.addClassName("answer-rating");
        return new FieldInput<>(group, v -> (Object) Long.valueOf(v), Object::toString);
    }

    private static AnswerInput multiple(Question q, Texts text) {
        CheckboxGroup<String> group = new CheckboxGroup<>(text.label(q));
        Map<String, String> labels = new HashMap<>();
        q.choices().forEach(c -> labels.put(c.name(), text.of(c.label())));
        group.setItemLabelGenerator(name -> labels.getOrDefault(name, name));
        group.setItems(q.choices().stream().map(Choice::name).toList());
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.addClassName("answer-choices");
        return new FieldInput<CheckboxGroup<String>, Set<String>>(group, v -> (Object) List.copyOf(v), raw ->
                raw instanceof Collection<?> c ? new LinkedHashSet<>(c.stream().map(Objects::toString).toList())
                        : new LinkedHashSet<>(List.of(raw.toString().split("\\s+"))))
                .withChoices(offered -> {
                    List<String> names = offered.stream().map(Choice::name).toList();
                    if (!names.equals(group.getListDataView().getItems().toList())) {
                        Set<String> kept = new LinkedHashSet<>(group.getValue());
                        kept.retainAll(names);
                        group.setItems(names);
                        group.setValue(kept);
                    }
                });
    }

    private static AnswerInput area(Question q, Texts text, AreaService areas) {
        AreaPicker picker = new AreaPicker(text.label(q), areas);
        return new FieldInput<AreaPicker, Area>(picker, a -> (Object) a.code(), raw -> {
            picker.setCode(raw.toString());
            return picker.getValue();
        });
    }
}
