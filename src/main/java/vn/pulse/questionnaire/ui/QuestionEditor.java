package vn.pulse.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.LocalizedText;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;

/**
 * Adds or edits one question: what it asks (in Vietnamese and English), its type and choices,
 * whether it is required, and its logic (when it is asked, what the answer must satisfy, how it
 * is calculated), with expressions checked as they are typed.
 */
class QuestionEditor extends Dialog {

    private final Select<QuestionType> type = new Select<>();
    private final TextField labelVi = new TextField();
    private final TextField labelEn = new TextField();
    private final TextField name = new TextField();
    private final TextField hintVi = new TextField();
    private final TextField hintEn = new TextField();
    private final Checkbox required = new Checkbox();
    private final Checkbox multiline = new Checkbox();
    private final TextArea choices = new TextArea();
    private final TextArea items = new TextArea();
    private final ExpressionField relevant;
    private final ExpressionField constraint;
    private final ExpressionField calculation;
    private final ExpressionField choiceFilter;
    private final TextField constraintVi = new TextField();
    private final TextField constraintEn = new TextField();
    private final TextField defaultValue = new TextField();
    private final TextField appearance = new TextField();
    private final Question existing;

    QuestionEditor(Question existing, FormDefinition draft, Consumer<Question> saved) {
        this.existing = existing;
        setHeaderTitle(getTranslation(existing == null ? "questionnaire.designer.addQuestion" : "questionnaire.designer.editQuestion"));
        setWidth("min(52em, 98vw)");
        Set<String> names = new HashSet<>();
        draft.questions().forEach(q -> {
            names.add(q.name());
            q.items().forEach(i -> names.add(i.name()));
        });
        relevant = new ExpressionField(getTranslation("questionnaire.designer.relevant"),
                getTranslation("questionnaire.designer.relevantHelp"), false, names);
        constraint = new ExpressionField(getTranslation("questionnaire.designer.constraintField"),
                getTranslation("questionnaire.designer.constraintHelp"), false, names);
        calculation = new ExpressionField(getTranslation("questionnaire.designer.calculation"),
                getTranslation("questionnaire.designer.calculationHelp"), false, names);
        choiceFilter = new ExpressionField(getTranslation("questionnaire.designer.choiceFilter"),
                getTranslation("questionnaire.designer.choiceFilterHelp"), true, names);
        layout();
        fill(existing);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (relevant.check() & constraint.check() & calculation.check() & choiceFilter.check()) {
                saved.accept(build());
                close();
            }
        });
        save.setId("question-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void layout() {
        type.setLabel(getTranslation("questionnaire.designer.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setId("question-type");
        labelVi.setLabel(getTranslation("questionnaire.designer.labelVi"));
        labelVi.setId("question-label-vi");
        labelVi.setRequired(true);
        labelEn.setLabel(getTranslation("questionnaire.designer.labelEn"));
        labelEn.setId("question-label-en");
        name.setLabel(getTranslation("questionnaire.designer.name"));
        name.setId("question-name");
        name.setHelperText(getTranslation("questionnaire.designer.nameHelp"));
        hintVi.setLabel(getTranslation("questionnaire.designer.hintVi"));
        hintEn.setLabel(getTranslation("questionnaire.designer.hintEn"));
        required.setLabel(getTranslation("questionnaire.designer.requiredField"));
        required.setId("question-required");
        multiline.setLabel(getTranslation("questionnaire.designer.multiline"));
        choices.setLabel(getTranslation("questionnaire.designer.choices"));
        choices.setHelperText(getTranslation("questionnaire.designer.choicesHelp"));
        choices.setId("question-choices");
        items.setLabel(getTranslation("questionnaire.designer.items"));
        items.setHelperText(getTranslation("questionnaire.designer.itemsHelp"));
        items.setId("question-items");
        relevant.setId("question-relevant");
        constraint.setId("question-constraint");
        calculation.setId("question-calculation");
        constraintVi.setLabel(getTranslation("questionnaire.designer.constraintMessageVi"));
        constraintEn.setLabel(getTranslation("questionnaire.designer.constraintMessageEn"));
        defaultValue.setLabel(getTranslation("questionnaire.designer.default"));
        appearance.setLabel(getTranslation("questionnaire.designer.appearance"));
        labelVi.addValueChangeListener(e -> {
            if (existing == null && (name.isEmpty() || name.getValue().equals(Names.suggest(e.getOldValue())))) {
                name.setValue(Names.suggest(e.getValue()));
            }
        });
        type.addValueChangeListener(e -> typeChanged(e.getValue()));
        FormLayout main = new FormLayout(type, name, labelVi, labelEn, hintVi, hintEn, required, multiline);
        main.setColspan(labelVi, 2);
        main.setColspan(labelEn, 2);
        FormLayout lists = new FormLayout(choices, items);
        lists.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        FormLayout logic = new FormLayout(relevant, constraint, constraintVi, constraintEn, calculation, defaultValue,
                choiceFilter, appearance);
        logic.setColspan(relevant, 2);
        logic.setColspan(constraint, 2);
        logic.setColspan(calculation, 2);
        Details advanced = new Details(getTranslation("questionnaire.designer.logic"), logic);
        advanced.setId("question-logic");
        advanced.setOpened(existing != null && (existing.relevant() != null || existing.constraint() != null
                || existing.calculation() != null || existing.choiceFilter() != null));
        add(main, lists, advanced);
    }

    private void fill(Question q) {
        if (q == null) {
            type.setValue(QuestionType.SELECT_ONE);
            return;
        }
        type.setValue(q.type());
        name.setValue(q.name());
        labelVi.setValue(SectionEditor.orEmpty(q.label().get("vi")));
        labelEn.setValue(SectionEditor.orEmpty(q.label().get("en")));
        hintVi.setValue(SectionEditor.orEmpty(q.hint().get("vi")));
        hintEn.setValue(SectionEditor.orEmpty(q.hint().get("en")));
        required.setValue(q.required());
        multiline.setValue(q.hasAppearance("multiline"));
        choices.setValue(ChoiceLines.format(q.choices()));
        items.setValue(ChoiceLines.format(q.items()));
        relevant.setValue(SectionEditor.orEmpty(q.relevant()));
        constraint.setValue(SectionEditor.orEmpty(q.constraint()));
        constraintVi.setValue(SectionEditor.orEmpty(q.constraintMessage().get("vi")));
        constraintEn.setValue(SectionEditor.orEmpty(q.constraintMessage().get("en")));
        calculation.setValue(SectionEditor.orEmpty(q.calculation()));
        choiceFilter.setValue(SectionEditor.orEmpty(q.choiceFilter()));
        defaultValue.setValue(SectionEditor.orEmpty(q.defaultValue()));
        appearance.setValue(SectionEditor.orEmpty(q.appearance()).replaceAll("\\bmultiline\\b", "").strip());
    }

    private void typeChanged(QuestionType t) {
        boolean hasChoices = t != null && t.hasChoices();
        choices.setVisible(hasChoices);
        items.setVisible(t == QuestionType.MATRIX);
        multiline.setVisible(t == QuestionType.TEXT);
        if (t == QuestionType.LIKERT && choices.isEmpty()) {
            choices.setValue(getTranslation("questionnaire.designer.likertDefault").replace(";", "\n"));
        }
    }

    private Question build() {
        QuestionType t = type.getValue();
        List<Choice> previousChoices = existing == null ? List.of() : existing.choices();
        String appearanceWords = (multiline.getValue() && t == QuestionType.TEXT ? "multiline " : "") + appearance.getValue();
        return Question.builder(name.getValue().strip(), t)
                .label(LocalizedText.of(labelVi.getValue(), labelEn.getValue()))
                .hint(LocalizedText.of(hintVi.getValue(), hintEn.getValue()))
                .required(required.getValue() && t.isInput())
                .relevant(relevant.getValue())
                .constraint(constraint.getValue(), LocalizedText.of(constraintVi.getValue(), constraintEn.getValue()))
                .calculation(calculation.getValue()).choiceFilter(choiceFilter.getValue())
                .defaultValue(defaultValue.getValue()).appearance(appearanceWords.strip())
                .listName(existing == null ? null : existing.listName())
                .choices(t.hasChoices() ? ChoiceLines.parse(choices.getValue(), previousChoices, t == QuestionType.LIKERT)
                        : List.of())
                .items(t == QuestionType.MATRIX ? ChoiceLines.parse(items.getValue(),
                        existing == null ? List.of() : existing.items(), false) : List.of())
                .build();
    }
}
