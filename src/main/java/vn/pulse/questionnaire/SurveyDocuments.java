package vn.pulse.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.pulse.base.DomainException;
import vn.pulse.questionnaire.SurveyDocument.Item;
import vn.pulse.questionnaire.SurveyDocument.Option;
import vn.pulse.questionnaire.SurveyDocument.Part;
import vn.pulse.questionnaire.SurveyDocument.Plan;
import vn.pulse.questionnaire.SurveyDocument.StratumSize;

/** Converts between the definition JSON ({@link SurveyDocument}) and {@link FormDefinition}, both ways. */
public final class SurveyDocuments {

    private SurveyDocuments() {
    }

    /** The definition a document describes (not saved); refuses shapes it cannot read. */
    public static FormDefinition toDefinition(SurveyDocument doc) {
        List<String> languages = doc.languages() == null || doc.languages().isEmpty() ? List.of("vi")
                : doc.languages().stream().map(l -> l == null ? "" : l.strip().toLowerCase(Locale.ROOT)).toList();
        String language = languages.getFirst();
        List<Part> parts = doc.sections() == null || doc.sections().isEmpty()
                ? List.of(new Part("cau_hoi", Map.of("vi", "Câu hỏi", "en", "Questions"), null)) : doc.sections();
        Map<String, List<Question>> bySection = new LinkedHashMap<>();
        parts.forEach(p -> bySection.put(p.name() == null ? "" : p.name().strip(), new ArrayList<>()));
        String first = bySection.keySet().iterator().next();
        for (Item item : doc.questions() == null ? List.<Item>of() : doc.questions()) {
            String section = item.section() == null ? first : item.section().strip();
            List<Question> target = bySection.get(section);
            if (target == null) {
                throw DomainException.invalid("questionnaire_section_unknown", "questionnaire.error.sectionUnknown",
                        item.name(), section);
            }
            target.add(question(item, language));
        }
        List<Section> sections = parts.stream().map(p -> new Section(p.name(), text(p.label(), language, p.name()),
                p.relevant(), bySection.get(p.name() == null ? "" : p.name().strip()))).toList();
        return FormDefinition.unsaved(doc.name(), text(doc.title(), language, "title"), languages, sections,
                plan(doc.samplingPlan()));
    }

    private static Question question(Item item, String language) {
        String word = item.type() == null ? "" : item.type().strip();
        String listName = item.listName();
        int space = word.indexOf(' ');
        if (space > 0) {
            // XLSForm style "select_one yes_no"
            listName = word.substring(space + 1).strip();
            word = word.substring(0, space);
        }
        QuestionType type = QuestionType.fromWord(word).orElseThrow(() -> DomainException.invalid(
                "questionnaire_type_unknown", "questionnaire.error.typeUnknown", item.name(), item.type()));
        return Question.builder(item.name(), type).label(text(item.label(), language, item.name()))
                .hint(text(item.hint(), language, item.name())).required(Boolean.TRUE.equals(item.required()))
                .relevant(item.relevant())
                .constraint(item.constraint(), text(item.constraintMessage(), language, item.name()))
                .calculation(item.calculation()).choiceFilter(item.choiceFilter()).defaultValue(item.defaultValue())
                .appearance(item.appearance()).listName(listName).choices(options(item.choices(), language))
                .items(options(item.items(), language)).build();
    }

    private static List<Choice> options(List<Option> options, String language) {
        return options == null ? List.of() : options.stream()
                .map(o -> new Choice(o.name(), text(o.label(), language, o.name()), o.attributes())).toList();
    }

    private static SamplingPlan plan(Plan plan) {
        if (plan == null) {
            return SamplingPlan.NONPROBABILITY;
        }
        SamplingPlan.Design design = SamplingPlan.Design.fromWord(plan.type()).orElseThrow(() -> DomainException.invalid(
                "questionnaire_plan_type_unknown", "questionnaire.error.planType", String.valueOf(plan.type())));
        List<SamplingPlan.Stratum> strata = plan.strata() == null ? List.of() : plan.strata().stream()
                .map(s -> new SamplingPlan.Stratum(s.code(), s.population(), s.target() == null ? 0 : s.target()))
                .toList();
        return new SamplingPlan(design, plan.stratifyBy(), plan.clusterBy(), plan.population(), plan.target(), strata);
    }

    /** A text given as a string (the default language) or an object by language code. */
    @SuppressWarnings("unchecked")
    private static LocalizedText text(Object value, String language, String where) {
        return switch (value) {
            case null -> LocalizedText.EMPTY;
            case String s -> LocalizedText.EMPTY.with(language, s);
            case Map<?, ?> m when m.keySet().stream().allMatch(k -> k instanceof String)
                    && m.values().stream().allMatch(v -> v == null || v instanceof String) ->
                    new LocalizedText((Map<String, String>) m);
            default -> throw DomainException.invalid("questionnaire_text_invalid", "questionnaire.error.textInvalid",
                    String.valueOf(where));
        };
    }

    /** The document of a version, for the API and for export. */
    public static SurveyDocument toDocument(FormDefinition d) {
        List<Item> items = new ArrayList<>();
        for (Section s : d.sections()) {
            for (Question q : s.questions()) {
                items.add(new Item(q.name(), q.type().word(), s.name(), texts(q.label()), texts(q.hint()),
                        q.required(), q.relevant(), q.constraint(), texts(q.constraintMessage()), q.calculation(),
                        q.choiceFilter(), q.defaultValue(), q.appearance(), q.listName(), options(q.choices()),
                        options(q.items())));
            }
        }
        SamplingPlan p = d.samplingPlan();
        Plan plan = new Plan(p.design().word(), p.stratifyBy(), p.clusterBy(), p.population(), p.target(),
                p.strata().stream().map(s -> new StratumSize(s.code(), s.population(), s.target())).toList());
        return new SurveyDocument(d.questionnaireId(), d.version() == 0 ? null : d.version(),
                d.status().name().toLowerCase(Locale.ROOT), d.code(), texts(d.title()), d.languages(), plan,
                d.sections().stream().map(s -> new Part(s.name(), texts(s.label()), s.relevant())).toList(), items);
    }

    private static Map<String, String> texts(LocalizedText text) {
        return text.isEmpty() ? null : text.texts();
    }

    private static List<Option> options(List<Choice> choices) {
        return choices.isEmpty() ? null : choices.stream()
                .map(c -> new Option(c.name(), texts(c.label()), c.attributes().isEmpty() ? null : c.attributes()))
                .toList();
    }
}
