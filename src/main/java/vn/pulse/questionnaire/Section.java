package vn.pulse.questionnaire;

import java.util.List;

/**
 * A group of questions shown together (one page on a phone; an XLSForm group).
 *
 * @param relevant skip logic for the whole section (its questions are asked only when it holds), or null
 */
public record Section(String name, LocalizedText label, String relevant, List<Question> questions) {

    public Section {
        name = name == null ? "" : name.strip();
        label = label == null ? LocalizedText.EMPTY : label;
        relevant = Question.blankToNull(relevant);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public Section withQuestions(List<Question> replacement) {
        return new Section(name, label, relevant, replacement);
    }
}
