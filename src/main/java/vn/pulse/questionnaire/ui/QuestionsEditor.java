package vn.pulse.questionnaire.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.Section;

/**
 * The sections and questions of a draft, in order, each with buttons to edit, move and remove;
 * every change is handed to {@code onChange} (which saves the draft). Read-only for a published version.
 */
class QuestionsEditor extends Div {

    private final FormDefinition draft;
    private final boolean editable;
    private final Consumer<FormDefinition> onChange;
    private final Locale locale;

    QuestionsEditor(FormDefinition draft, boolean editable, Consumer<FormDefinition> onChange) {
        this.draft = draft;
        this.editable = editable;
        this.onChange = onChange;
        this.locale = getLocale();
        setId("questions-editor");
        setWidthFull();
        List<Section> sections = draft.sections();
        int number = 0;
        for (int s = 0; s < sections.size(); s++) {
            add(section(s, number));
            number += sections.get(s).questions().size();
        }
        if (editable) {
            Button addSection = new Button(getTranslation("questionnaire.designer.addSection"), VaadinIcon.PLUS.create(),
                    e -> new SectionEditor(null, draft, section -> change(sections.size(), section, true)).open());
            addSection.setId("add-section");
            add(addSection);
        }
    }

    private Div section(int index, int numberBefore) {
        Section section = draft.sections().get(index);
        Div box = new Div();
        box.addClassName("designer-section");
        box.setId("section-" + section.name());
        H3 title = new H3(section.label().in(locale, draft.defaultLanguage()));
        Span name = badge(section.name(), "");
        Div head = new Div(new Div(title, name, section.relevant() == null ? new Span()
                : badge(getTranslation("questionnaire.designer.shownWhen", section.relevant()), "logic")));
        head.addClassName("designer-section-head");
        if (editable) {
            head.add(actions(
                    button(VaadinIcon.ARROW_UP, "questionnaire.designer.moveUp", () -> moveSection(index, -1)),
                    button(VaadinIcon.ARROW_DOWN, "questionnaire.designer.moveDown", () -> moveSection(index, 1)),
                    button(VaadinIcon.EDIT, "common.edit", () -> new SectionEditor(section, draft,
                            changed -> change(index, changed, false)).open()),
                    button(VaadinIcon.TRASH, "questionnaire.designer.remove", () -> removeSection(index))));
        }
        box.add(head);
        List<Question> questions = section.questions();
        for (int q = 0; q < questions.size(); q++) {
            box.add(question(index, q, numberBefore + q + 1));
        }
        if (editable) {
            Button add = new Button(getTranslation("questionnaire.designer.addQuestion"), VaadinIcon.PLUS.create(),
                    e -> new QuestionEditor(null, draft, q -> replaceQuestion(index, questions.size(), q, true)).open());
            add.setId("add-question-" + section.name());
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(add);
        }
        return box;
    }

    private Div question(int sectionIndex, int index, int number) {
        Question q = draft.sections().get(sectionIndex).questions().get(index);
        Span label = new Span(number + ". " + q.label().in(locale, draft.defaultLanguage()));
        Span meta = new Span();
        meta.addClassName("designer-question-meta");
        meta.add(badge(q.name(), ""), badge(getTranslation(q.type().messageKey()), ""));
        if (q.required()) {
            meta.add(badge(getTranslation("questionnaire.designer.required"), ""));
        }
        if (q.relevant() != null) {
            meta.add(badge(getTranslation("questionnaire.designer.shownWhen", q.relevant()), "logic"));
        }
        if (q.constraint() != null) {
            meta.add(badge(getTranslation("questionnaire.designer.constraint", q.constraint()), "logic"));
        }
        if (q.calculation() != null) {
            meta.add(badge("= " + q.calculation(), "logic"));
        }
        Div text = new Div(label, meta);
        text.addClassName("designer-question-text");
        Div row = new Div(text);
        row.addClassName("designer-question");
        row.setId("question-" + q.name());
        if (editable) {
            row.add(actions(
                    button(VaadinIcon.ARROW_UP, "questionnaire.designer.moveUp", () -> moveQuestion(sectionIndex, index, -1)),
                    button(VaadinIcon.ARROW_DOWN, "questionnaire.designer.moveDown", () -> moveQuestion(sectionIndex, index, 1)),
                    button(VaadinIcon.EDIT, "common.edit", () -> new QuestionEditor(q, draft,
                            changed -> replaceQuestion(sectionIndex, index, changed, false)).open()),
                    button(VaadinIcon.TRASH, "questionnaire.designer.remove", () -> removeQuestion(sectionIndex, index))));
        }
        return row;
    }

    private void change(int index, Section section, boolean insert) {
        List<Section> sections = new ArrayList<>(draft.sections());
        if (insert) {
            sections.add(index, section);
        } else {
            sections.set(index, section);
        }
        onChange.accept(draft.withSections(sections));
    }

    private void moveSection(int index, int by) {
        List<Section> sections = new ArrayList<>(draft.sections());
        if (Lists.move(sections, index, by)) {
            onChange.accept(draft.withSections(sections));
        }
    }

    private void removeSection(int index) {
        List<Section> sections = new ArrayList<>(draft.sections());
        if (sections.size() > 1) {
            sections.remove(index);
            onChange.accept(draft.withSections(sections));
        }
    }

    /** Puts a question in place (insert or replace); a shared choice list changes in every question using it. */
    private void replaceQuestion(int sectionIndex, int index, Question question, boolean insert) {
        List<Section> sections = new ArrayList<>();
        for (Section s : draft.sections()) {
            sections.add(s.withQuestions(s.questions().stream().map(other -> other.listName() != null
                    && other.listName().equals(question.listName()) && other.type().hasChoices()
                    ? other.toBuilder().choices(question.choices()).build() : other).toList()));
        }
        List<Question> questions = new ArrayList<>(sections.get(sectionIndex).questions());
        if (insert) {
            questions.add(index, question);
        } else {
            questions.set(index, question);
        }
        sections.set(sectionIndex, sections.get(sectionIndex).withQuestions(questions));
        onChange.accept(draft.withSections(sections));
    }

    private void moveQuestion(int sectionIndex, int index, int by) {
        List<Section> sections = new ArrayList<>(draft.sections());
        List<Question> questions = new ArrayList<>(sections.get(sectionIndex).questions());
        if (Lists.move(questions, index, by)) {
            sections.set(sectionIndex, sections.get(sectionIndex).withQuestions(questions));
            onChange.accept(draft.withSections(sections));
        } else if (sectionIndex + by >= 0 && sectionIndex + by < sections.size()) {
            // past the end of its section: the question moves into the neighbouring section
            Question moving = questions.remove(index);
            List<Question> neighbour = new ArrayList<>(sections.get(sectionIndex + by).questions());
            neighbour.add(by < 0 ? neighbour.size() : 0, moving);
            sections.set(sectionIndex, sections.get(sectionIndex).withQuestions(questions));
            sections.set(sectionIndex + by, sections.get(sectionIndex + by).withQuestions(neighbour));
            onChange.accept(draft.withSections(sections));
        }
    }

    private void removeQuestion(int sectionIndex, int index) {
        List<Section> sections = new ArrayList<>(draft.sections());
        List<Question> questions = new ArrayList<>(sections.get(sectionIndex).questions());
        questions.remove(index);
        sections.set(sectionIndex, sections.get(sectionIndex).withQuestions(questions));
        onChange.accept(draft.withSections(sections));
    }

    private Button button(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addClassName("action-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
        return button;
    }

    private static HorizontalLayout actions(Component... buttons) {
        HorizontalLayout layout = new HorizontalLayout(buttons);
        layout.setSpacing(false);
        return layout;
    }

    private static Span badge(String text, String kind) {
        Span badge = new Span(text);
        badge.addClassName("designer-badge");
        if (!kind.isEmpty()) {
            badge.addClassName(kind);
        }
        return badge;
    }
}
