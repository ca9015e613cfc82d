package vn.pulse.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a questionnaire, complete: sections → questions → choices, languages, sampling
 * plan, and its logic parsed once ({@link #logic()}). Immutable and safe to share between threads;
 * the service caches published versions, so every submission is evaluated on the same parsed tree.
 * A draft may still have {@link #problems()}; a published version never has any.
 */
public final class FormDefinition {

    private final Long questionnaireId;
    private final int version;
    private final VersionStatus status;
    private final String code;
    private final LocalizedText title;
    private final List<String> languages;
    private final List<Section> sections;
    private final SamplingPlan samplingPlan;
    private final List<Question> questions;
    private final FormLogic logic;

    /**
     * @param questionnaireId null for a definition not saved yet
     * @param version         version number from 1; 0 for a definition not saved yet
     * @param code            the stable machine name (XLSForm form_id)
     * @param languages       language codes, the default (usually {@code vi}) first
     */
    public FormDefinition(Long questionnaireId, int version, VersionStatus status, String code, LocalizedText title,
            List<String> languages, List<Section> sections, SamplingPlan samplingPlan) {
        this.questionnaireId = questionnaireId;
        this.version = version;
        this.status = status == null ? VersionStatus.DRAFT : status;
        this.code = code == null ? "" : code.strip();
        this.title = title == null ? LocalizedText.EMPTY : title;
        this.languages = languages == null || languages.isEmpty() ? List.of("vi") : List.copyOf(languages);
        this.sections = sections == null ? List.of() : List.copyOf(sections);
        this.samplingPlan = samplingPlan == null ? SamplingPlan.NONPROBABILITY : samplingPlan;
        this.questions = this.sections.stream().flatMap(s -> s.questions().stream()).toList();
        this.logic = FormLogic.compile(this);
    }

    /** A definition not saved yet (from the API, an XLSForm file or a template). */
    public static FormDefinition unsaved(String code, LocalizedText title, List<String> languages,
            List<Section> sections, SamplingPlan samplingPlan) {
        return new FormDefinition(null, 0, VersionStatus.DRAFT, code, title, languages, sections, samplingPlan);
    }

    public Long questionnaireId() {
        return questionnaireId;
    }

    public int version() {
        return version;
    }

    public VersionStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == VersionStatus.PUBLISHED;
    }

    public String code() {
        return code;
    }

    public LocalizedText title() {
        return title;
    }

    public List<String> languages() {
        return languages;
    }

    public String defaultLanguage() {
        return languages.getFirst();
    }

    public List<Section> sections() {
        return sections;
    }

    public SamplingPlan samplingPlan() {
        return samplingPlan;
    }

    /** Every question in form order, across sections. */
    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> question(String name) {
        return logic.question(name);
    }

    /** The parsed expressions, evaluation order and lookups; built once with the definition. */
    public FormLogic logic() {
        return logic;
    }

    /** What must be fixed before publishing; empty when the questionnaire is ready. */
    public List<FormProblem> problems() {
        return logic.problems();
    }

    public FormDefinition withContent(LocalizedText newTitle, List<String> newLanguages, List<Section> newSections) {
        return new FormDefinition(questionnaireId, version, status, code, newTitle, newLanguages, newSections,
                samplingPlan);
    }

    public FormDefinition withSections(List<Section> newSections) {
        return withContent(title, languages, newSections);
    }

    public FormDefinition withSamplingPlan(SamplingPlan plan) {
        return new FormDefinition(questionnaireId, version, status, code, title, languages, sections, plan);
    }

    public FormDefinition withCode(String newCode) {
        return new FormDefinition(questionnaireId, version, status, newCode, title, languages, sections, samplingPlan);
    }

    /** The same content under another identity (as stored, as a new version, as a copy). */
    public FormDefinition as(Long newQuestionnaireId, int newVersion, VersionStatus newStatus) {
        return new FormDefinition(newQuestionnaireId, newVersion, newStatus, code, title, languages, sections,
                samplingPlan);
    }

    /** Same questions, texts, languages and plan, whatever the identity (id, version, status). */
    public boolean sameContent(FormDefinition other) {
        return other != null && code.equals(other.code) && title.equals(other.title)
                && languages.equals(other.languages) && sections.equals(other.sections)
                && samplingPlan.equals(other.samplingPlan);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormDefinition other && Objects.equals(questionnaireId, other.questionnaireId)
                && version == other.version && status == other.status && sameContent(other);
    }

    @Override
    public int hashCode() {
        return Objects.hash(questionnaireId, version, status, code, sections);
    }

    @Override
    public String toString() {
        return "FormDefinition[" + code + " v" + version + " " + status + ", " + questions().size() + " questions]";
    }
}
