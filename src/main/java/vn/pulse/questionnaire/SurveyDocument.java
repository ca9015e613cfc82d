package vn.pulse.questionnaire;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * A questionnaire version as JSON: what {@code GET /api/v1/surveys/{id}} returns, what
 * {@code POST /api/v1/surveys} accepts, and the format of the built-in templates. Texts are a
 * string (in the default language) or an object by language code.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A questionnaire definition (one version)")
public record SurveyDocument(
        @Schema(description = "Questionnaire id (output only)", accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(description = "Version number; every response records it (output only)",
                accessMode = Schema.AccessMode.READ_ONLY) Integer version,
        @Schema(description = "draft or published (output only)", accessMode = Schema.AccessMode.READ_ONLY) String status,
        @Schema(description = "Stable machine name (XLSForm form_id): lower-case letters, digits, _",
                example = "khao_sat_chinh_sach", requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(description = "Title: a string or {\"vi\": …, \"en\": …}", oneOf = {String.class, Map.class},
                requiredMode = Schema.RequiredMode.REQUIRED) Object title,
        @Schema(description = "Language codes, the default first", example = "[\"vi\", \"en\"]") List<String> languages,
        @Schema(description = "How respondents are chosen") Plan samplingPlan,
        @Schema(description = "Groups of questions, one page each; optional (one section if absent)") List<Part> sections,
        @Schema(description = "Questions in order", requiredMode = Schema.RequiredMode.REQUIRED) List<Item> questions) {

    /** A sampling plan: {"type":"stratified","stratifyBy":"area","strata":[…]} or {"type":"nonprobability"}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Plan(
            @Schema(description = "simple, stratified (probability designs) or nonprobability",
                    allowableValues = {"simple", "stratified", "nonprobability"}) String type,
            @Schema(description = "'area' or the name of a single choice question") String stratifyBy,
            @Schema(description = "Primary sampling unit, if clustered: 'area' or a question name") String clusterBy,
            @Schema(description = "Population N (simple random sample)") Long population,
            @Schema(description = "Sample size n (simple random sample)") Integer target,
            @Schema(description = "Strata with population N_h and target n_h (quota)") List<StratumSize> strata) {
    }

    public record StratumSize(String code, Long population, Integer target) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Part(String name, @Schema(oneOf = {String.class, Map.class}) Object label, String relevant) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            @Schema(description = "Variable name, stable across versions", requiredMode = Schema.RequiredMode.REQUIRED)
            String name,
            @Schema(description = "select_one, select_multiple, integer, decimal, text, date, note, calculate, likert, "
                    + "rating, matrix or area", requiredMode = Schema.RequiredMode.REQUIRED) String type,
            @Schema(description = "Name of its section (the first if absent)") String section,
            @Schema(oneOf = {String.class, Map.class}) Object label,
            @Schema(oneOf = {String.class, Map.class}) Object hint,
            Boolean required,
            @Schema(description = "Skip logic, e.g. ${age} >= 18") String relevant,
            @Schema(description = "Condition on the answer (.), e.g. . >= 15 and . <= 120") String constraint,
            @Schema(oneOf = {String.class, Map.class}) Object constraintMessage,
            @Schema(description = "Read-only computed value") String calculation,
            @Schema(description = "Which choices to offer, e.g. province = ${province}") String choiceFilter,
            @Schema(name = "default") @com.fasterxml.jackson.annotation.JsonProperty("default") String defaultValue,
            String appearance,
            @Schema(description = "XLSForm choice list name (questions sharing a list share its choices)") String listName,
            List<Option> choices,
            @Schema(description = "Rows of a matrix (battery) question") List<Option> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Option(String name, @Schema(oneOf = {String.class, Map.class}) Object label,
            @Schema(description = "Extra columns read by choice filters") Map<String, String> attributes) {
    }
}
