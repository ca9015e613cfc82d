package vn.pulse.questionnaire.form;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.pulse.area.AreaService;
import vn.pulse.questionnaire.AnswerError;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.FormEvaluation;
import vn.pulse.questionnaire.FormEvaluator;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.Section;

/**
 * A questionnaire version as a surveyor fills it in: one section per page with Back and Next,
 * sections and questions that do not apply skipped, calculations and choice filters updated as
 * answers change, and errors shown for what the person has touched (all of a page on Next).
 * Every change is evaluated by {@link FormEvaluator}, exactly as the server will evaluate the
 * submission. The host decides what finishing means ({@link #onFinish}).
 */
@StyleSheet("context://styles/questionnaire.css")
public class FormView extends Composite<Div> {

    private final FormDefinition form;
    private final Texts texts;
    private final LocalDate today;
    private final Map<String, QuestionField> fields = new LinkedHashMap<>();
    private final List<Div> pages = new ArrayList<>();
    private final Set<String> touched = new HashSet<>();
    private final List<Consumer<FormEvaluation>> changeListeners = new ArrayList<>();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Span progress = new Span();
    private Consumer<FormEvaluation> finish = e -> { };
    private FormEvaluation evaluation;
    private int current;

    /**
     * @param language the language to show the questionnaire in ({@code vi} or {@code en})
     * @param today    the date {@code today()} means in the form's logic
     */
    public FormView(FormDefinition form, String language, AreaService areas, LocalDate today) {
        this.form = form;
        this.texts = Texts.of(form, language);
        this.today = today;
        Div root = getContent();
        root.addClassName("pulse-form");
        for (Section section : form.sections()) {
            Div page = new Div(new H3(texts.of(section.label())));
            page.addClassName("form-page");
            for (Question q : section.questions()) {
                QuestionField field = new QuestionField(q, texts, areas);
                field.onChange(() -> {
                    touched.add(q.name());
                    refresh();
                });
                fields.put(q.name(), field);
                page.add(field);
            }
            pages.add(page);
            root.add(page);
        }
        previous.setText(getTranslation("questionnaire.form.previous"));
        previous.setIcon(VaadinIcon.ARROW_LEFT.create());
        previous.setId("form-previous");
        previous.addClickListener(e -> move(-1));
        next.setId("form-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> next());
        progress.addClassName("form-progress");
        HorizontalLayout navigation = new HorizontalLayout(previous, progress, next);
        navigation.addClassName("form-navigation");
        root.add(navigation);
        setAnswers(FormEvaluator.initialAnswers(form));
    }

    /** Fills the form with answers (e.g. a saved draft); unknown names are ignored. */
    public void setAnswers(Map<String, ?> answers) {
        fields.forEach((name, field) -> field.setValue(answers.get(name)));
        current = firstRelevantFrom(0, 1);
        refresh();
    }

    /** The answers as typed so far, by question name (for saving a draft or submitting). */
    public Map<String, Object> rawAnswers() {
        Map<String, Object> raw = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            Object value = field.value();
            if (value != null) {
                raw.put(name, value);
            }
        });
        return raw;
    }

    /** The latest evaluation of the answers: cleaned answers, relevance and errors. */
    public FormEvaluation evaluation() {
        return evaluation;
    }

    /** Called with the evaluation when the person finishes the last page without errors. */
    public void onFinish(Consumer<FormEvaluation> action) {
        this.finish = action;
    }

    public void addChangeListener(Consumer<FormEvaluation> listener) {
        changeListeners.add(listener);
    }

    public int currentSection() {
        return current;
    }

    /**
     * Opens the page of section {@code index} (where a draft was left), or the nearest page before
     * it that still asks a question; an index out of range changes nothing.
     */
    public void openSection(int index) {
        if (index > 0 && index < pages.size()) {
            current = firstRelevantFrom(index, -1);
            refresh();
        }
    }

    private void next() {
        pageQuestions(current).forEach(q -> touched.add(q.name()));
        refresh();
        boolean pageHasErrors = evaluation.errors().stream()
                .anyMatch(e -> pageQuestions(current).stream().anyMatch(q -> q.name().equals(e.question())));
        if (pageHasErrors) {
            return;
        }
        int following = firstRelevantFrom(current + 1, 1);
        if (following >= pages.size()) {
            fields.keySet().forEach(touched::add);
            refresh();
            if (evaluation.isValid()) {
                finish.accept(evaluation);
            }
            return;
        }
        current = following;
        refresh();
    }

    private void move(int direction) {
        int target = firstRelevantFrom(current + direction, direction);
        if (target >= 0 && target < pages.size()) {
            current = target;
            refresh();
        }
    }

    /** The first page from {@code start} (walking in {@code direction}) with a question that is asked. */
    private int firstRelevantFrom(int start, int direction) {
        int index = start;
        while (index >= 0 && index < pages.size()) {
            if (evaluation == null || pageQuestions(index).stream().anyMatch(q -> evaluation.isRelevant(q.name()))) {
                return index;
            }
            index += direction;
        }
        return direction > 0 ? pages.size() : current;
    }

    private List<Question> pageQuestions(int index) {
        return index >= 0 && index < form.sections().size() ? form.sections().get(index).questions() : List.of();
    }

    private void refresh() {
        evaluation = FormEvaluator.evaluate(form, rawAnswers(), today);
        fields.forEach((name, field) -> {
            Question q = field.question();
            field.setVisible(evaluation.isRelevant(name) && q.type() != vn.pulse.questionnaire.QuestionType.CALCULATE);
            if (q.choiceFilter() != null) {
                field.setChoices(FormEvaluator.choicesFor(form, q, evaluation.answers(), today));
            }
            if (q.calculation() != null) {
                field.setValue(evaluation.answers().get(name));
            }
            List<AnswerError> errors = evaluation.errorsFor(name);
            field.showError(touched.contains(name) && !errors.isEmpty() ? message(errors.getFirst()) : null);
        });
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).setVisible(i == current);
        }
        previous.setEnabled(firstRelevantFrom(current - 1, -1) != current);
        boolean last = firstRelevantFrom(current + 1, 1) >= pages.size();
        next.setText(getTranslation(last ? "questionnaire.form.finish" : "questionnaire.form.next"));
        next.setIcon(last ? VaadinIcon.CHECK.create() : VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(!last);
        progress.setText(getTranslation("questionnaire.form.progress", current + 1, pages.size()));
        changeListeners.forEach(l -> l.accept(evaluation));
    }

    /** The questionnaire's own constraint message in the form's language, else Pulse's message. */
    private String message(AnswerError error) {
        String own = texts.of(error.message());
        return own.isEmpty() ? getTranslation(error.messageKey(), error.args().toArray()) : own;
    }
}
