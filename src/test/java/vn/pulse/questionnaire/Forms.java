package vn.pulse.questionnaire;

import java.util.List;
import java.util.Map;

/** Small questionnaires for tests. */
final class Forms {

    private Forms() {
    }

    static List<Choice> choices(String... nameLabel) {
        java.util.ArrayList<Choice> list = new java.util.ArrayList<>();
        for (int i = 0; i < nameLabel.length; i += 2) {
            list.add(new Choice(nameLabel[i], LocalizedText.of(nameLabel[i + 1])));
        }
        return list;
    }

    static FormDefinition form(Question... questions) {
        return FormDefinition.unsaved("thu_nghiem", LocalizedText.of("Thử nghiệm", "Test"), List.of("vi", "en"),
                List.of(new Section("chung", LocalizedText.of("Chung"), null, List.of(questions))), null);
    }

    static FormDefinition sections(Section... sections) {
        return FormDefinition.unsaved("thu_nghiem", LocalizedText.of("Thử nghiệm"), List.of("vi"), List.of(sections),
                null);
    }

    static Question.Builder q(String name, QuestionType type) {
        return Question.builder(name, type).label("Câu " + name, "Question " + name);
    }

    static Choice item(String name) {
        return new Choice(name, LocalizedText.of("Mục " + name), Map.of());
    }
}
