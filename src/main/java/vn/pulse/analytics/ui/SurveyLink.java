package vn.pulse.analytics.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionnaireSummary;

/**
 * The survey and question a dashboard opens with, from its address ({@code ?survey=12&question=hai_long}, and
 * for the explorer a respondent group, {@code &group=gioi_tinh%3Dnu}),
 * so a link (or a test) lands on one survey even when several share a title; without one, the
 * first survey.
 */
final class SurveyLink {

    private SurveyLink() {
    }

    static void select(BeforeEnterEvent event, ComboBox<QuestionnaireSummary> survey) {
        Optional<Long> surveyId = parameter(event, "survey").flatMap(SurveyLink::parseLong);
        survey.getListDataView().getItems().filter(s -> surveyId.isEmpty() || s.id() == surveyId.get()).findFirst()
                .ifPresent(survey::setValue);
    }

    static void select(BeforeEnterEvent event, ComboBox<QuestionnaireSummary> survey, ComboBox<Question> question) {
        select(event, survey);
        select(event, "question", question, Question::name);
    }

    /** Chooses the item of {@code box} whose {@code key} is the address's parameter {@code name}, if any. */
    static <T> void select(BeforeEnterEvent event, String name, ComboBox<T> box, Function<T, String> key) {
        parameter(event, name).ifPresent(value -> box.getListDataView().getItems()
                .filter(item -> key.apply(item).equals(value)).findFirst().ifPresent(box::setValue));
    }

    private static Optional<String> parameter(BeforeEnterEvent event, String name) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
