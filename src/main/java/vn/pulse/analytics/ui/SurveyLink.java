package vn.pulse.analytics.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionnaireSummary;

/**
 * The survey and question a dashboard opens with, from its address ({@code ?survey=12&question=hai_long}),
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
        parameter(event, "question").ifPresent(name -> question.getListDataView().getItems()
                .filter(q -> q.name().equals(name)).findFirst().ifPresent(question::setValue));
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
