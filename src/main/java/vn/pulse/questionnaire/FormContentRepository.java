package vn.pulse.questionnaire;

import static vn.pulse.jooq.Tables.FORM_CHOICE;
import static vn.pulse.jooq.Tables.FORM_QUESTION;
import static vn.pulse.jooq.Tables.FORM_SECTION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL of a version's content: sections → questions → choices and matrix items. */
@Repository
class FormContentRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> TEXTS = new TypeReference<>() {
    };
    private static final String CHOICE = "choice";
    private static final String ITEM = "item";

    private final DSLContext db;

    FormContentRepository(DSLContext db) {
        this.db = db;
    }

    /** Replaces the whole content of a version (drafts only: the service checks). */
    void replace(long versionId, List<Section> sections) {
        db.deleteFrom(FORM_SECTION).where(FORM_SECTION.VERSION_ID.eq(versionId)).execute();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            long sectionId = db.insertInto(FORM_SECTION)
                    .set(FORM_SECTION.VERSION_ID, versionId).set(FORM_SECTION.POSITION, s)
                    .set(FORM_SECTION.NAME, section.name()).set(FORM_SECTION.LABEL, json(section.label()))
                    .set(FORM_SECTION.RELEVANT, section.relevant())
                    .returning(FORM_SECTION.ID).fetchOne(FORM_SECTION.ID);
            for (int p = 0; p < section.questions().size(); p++) {
                insertQuestion(sectionId, p, section.questions().get(p));
            }
        }
    }

    private void insertQuestion(long sectionId, int position, Question q) {
        long questionId = db.insertInto(FORM_QUESTION)
                .set(FORM_QUESTION.SECTION_ID, sectionId).set(FORM_QUESTION.POSITION, position)
                .set(FORM_QUESTION.NAME, q.name()).set(FORM_QUESTION.TYPE, q.type().word())
                .set(FORM_QUESTION.LABEL, json(q.label())).set(FORM_QUESTION.HINT, jsonOrNull(q.hint()))
                .set(FORM_QUESTION.REQUIRED, q.required()).set(FORM_QUESTION.RELEVANT, q.relevant())
                .set(FORM_QUESTION.CONSTRAINT_EXPR, q.constraint())
                .set(FORM_QUESTION.CONSTRAINT_MESSAGE, jsonOrNull(q.constraintMessage()))
                .set(FORM_QUESTION.DEFAULT_VALUE, q.defaultValue()).set(FORM_QUESTION.CALCULATION, q.calculation())
                .set(FORM_QUESTION.CHOICE_FILTER, q.choiceFilter()).set(FORM_QUESTION.APPEARANCE, q.appearance())
                .set(FORM_QUESTION.LIST_NAME, q.listName())
                .returning(FORM_QUESTION.ID).fetchOne(FORM_QUESTION.ID);
        var batch = new ArrayList<org.jooq.Query>();
        addChoices(batch, questionId, CHOICE, q.choices());
        addChoices(batch, questionId, ITEM, q.items());
        if (!batch.isEmpty()) {
            db.batch(batch).execute();
        }
    }

    private void addChoices(List<org.jooq.Query> batch, long questionId, String kind, List<Choice> choices) {
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            batch.add(db.insertInto(FORM_CHOICE)
                    .set(FORM_CHOICE.QUESTION_ID, questionId).set(FORM_CHOICE.KIND, kind).set(FORM_CHOICE.POSITION, i)
                    .set(FORM_CHOICE.NAME, c.name()).set(FORM_CHOICE.LABEL, json(c.label()))
                    .set(FORM_CHOICE.ATTRIBUTES, c.attributes().isEmpty() ? null : JSON.writeValueAsString(c.attributes())));
        }
    }

    List<Section> load(long versionId) {
        var sectionRows = db.selectFrom(FORM_SECTION).where(FORM_SECTION.VERSION_ID.eq(versionId))
                .orderBy(FORM_SECTION.POSITION).fetch();
        var questionRows = db.select(FORM_QUESTION.fields()).from(FORM_QUESTION).join(FORM_SECTION)
                .on(FORM_SECTION.ID.eq(FORM_QUESTION.SECTION_ID)).where(FORM_SECTION.VERSION_ID.eq(versionId))
                .orderBy(FORM_QUESTION.SECTION_ID, FORM_QUESTION.POSITION).fetch();
        Map<Long, List<Choice>> choices = new HashMap<>();
        Map<Long, List<Choice>> items = new HashMap<>();
        db.select(FORM_CHOICE.fields()).from(FORM_CHOICE).join(FORM_QUESTION).on(FORM_QUESTION.ID.eq(FORM_CHOICE.QUESTION_ID))
                .join(FORM_SECTION).on(FORM_SECTION.ID.eq(FORM_QUESTION.SECTION_ID))
                .where(FORM_SECTION.VERSION_ID.eq(versionId))
                .orderBy(FORM_CHOICE.QUESTION_ID, FORM_CHOICE.KIND, FORM_CHOICE.POSITION)
                .forEach(r -> (ITEM.equals(r.get(FORM_CHOICE.KIND)) ? items : choices)
                        .computeIfAbsent(r.get(FORM_CHOICE.QUESTION_ID), k -> new ArrayList<>())
                        .add(new Choice(r.get(FORM_CHOICE.NAME), text(r.get(FORM_CHOICE.LABEL)),
                                r.get(FORM_CHOICE.ATTRIBUTES) == null ? Map.of()
                                        : JSON.readValue(r.get(FORM_CHOICE.ATTRIBUTES), TEXTS))));
        Map<Long, List<Question>> bySection = new HashMap<>();
        for (Record r : questionRows) {
            long id = r.get(FORM_QUESTION.ID);
            bySection.computeIfAbsent(r.get(FORM_QUESTION.SECTION_ID), k -> new ArrayList<>())
                    .add(question(r, choices.getOrDefault(id, List.of()), items.getOrDefault(id, List.of())));
        }
        return sectionRows.stream().map(s -> new Section(s.getName(), text(s.getLabel()), s.getRelevant(),
                bySection.getOrDefault(s.getId(), List.of()))).toList();
    }

    private static Question question(Record r, List<Choice> choices, List<Choice> items) {
        QuestionType type = QuestionType.fromWord(r.get(FORM_QUESTION.TYPE)).orElseThrow();
        return Question.builder(r.get(FORM_QUESTION.NAME), type).label(text(r.get(FORM_QUESTION.LABEL)))
                .hint(text(r.get(FORM_QUESTION.HINT))).required(r.get(FORM_QUESTION.REQUIRED))
                .relevant(r.get(FORM_QUESTION.RELEVANT))
                .constraint(r.get(FORM_QUESTION.CONSTRAINT_EXPR), text(r.get(FORM_QUESTION.CONSTRAINT_MESSAGE)))
                .defaultValue(r.get(FORM_QUESTION.DEFAULT_VALUE)).calculation(r.get(FORM_QUESTION.CALCULATION))
                .choiceFilter(r.get(FORM_QUESTION.CHOICE_FILTER)).appearance(r.get(FORM_QUESTION.APPEARANCE))
                .listName(r.get(FORM_QUESTION.LIST_NAME)).choices(choices).items(items).build();
    }

    static String json(LocalizedText text) {
        return JSON.writeValueAsString(text.texts());
    }

    private static String jsonOrNull(LocalizedText text) {
        return text.isEmpty() ? null : json(text);
    }

    static LocalizedText text(String json) {
        return json == null ? LocalizedText.EMPTY : new LocalizedText(JSON.readValue(json, TEXTS));
    }
}
