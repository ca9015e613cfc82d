package vn.pulse.questionnaire.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.pulse.base.DomainException;
import vn.pulse.base.api.ApiProblem;
import vn.pulse.base.i18n.Messages;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.FormProblemsException;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.QuestionnaireSummary;
import vn.pulse.questionnaire.SurveyDocument;
import vn.pulse.questionnaire.SurveyDocuments;
import vn.pulse.questionnaire.XlsFormImport;
import vn.pulse.questionnaire.XlsFormService;

/** Questionnaires ("surveys") for API clients: read published versions; administrators create, import, publish. */
@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Surveys", description = "Questionnaire definitions and their versions (XLSForm-compatible)")
class SurveyController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final QuestionnaireService questionnaires;
    private final XlsFormService xlsForms;

    SurveyController(QuestionnaireService questionnaires, XlsFormService xlsForms) {
        this.questionnaires = questionnaires;
        this.xlsForms = xlsForms;
    }

    /** A questionnaire in a list. */
    record SurveySummary(long id, String name, Map<String, String> title, Integer version, int latestVersion,
            String latestStatus, boolean archived) {
        static SurveySummary of(QuestionnaireSummary s) {
            return new SurveySummary(s.id(), s.code(), s.title().texts(), s.publishedVersion(), s.latestVersion(),
                    s.latestStatus().name().toLowerCase(Locale.ROOT), s.archived());
        }
    }

    @GetMapping
    @Operation(summary = "Questionnaires the caller may see",
            description = "Administrators see drafts too; everyone else only questionnaires with a published version. "
                    + "'version' is the current published version (null if none).")
    List<SurveySummary> list(@Parameter(description = "Include archived questionnaires (administrators)")
            @RequestParam(defaultValue = "false") boolean includeArchived) {
        return questionnaires.list(includeArchived).stream().map(SurveySummary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Full definition of the current published version (or of the version asked for)",
            description = "Every response records the 'version' it answered; question names keep their meaning across "
                    + "versions.")
    @ApiResponse(responseCode = "404", description = "No such questionnaire, or nothing published yet (code questionnaire_not_published)")
    SurveyDocument get(@PathVariable long id,
            @Parameter(description = "A specific version number") @RequestParam(required = false) Integer version) {
        FormDefinition form = version != null ? questionnaires.version(id, version)
                : questionnaires.currentPublished(id).orElseThrow(() -> DomainException.notFound(
                        "questionnaire_not_published", "questionnaire.error.notPublished", id));
        return SurveyDocuments.toDocument(form);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a questionnaire (version 1, a draft) from a definition (ADMIN)",
            description = "Labels are a string (the default language) or an object by language code. The draft may "
                    + "still have problems; POST /{id}/publish lists them.")
    SurveyDocument create(@RequestBody SurveyDocument definition) {
        return SurveyDocuments.toDocument(questionnaires.create(SurveyDocuments.toDefinition(definition), "api"));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a questionnaire from an XLSForm file (.xlsx) (ADMIN)",
            description = "All or nothing. On failure: 422 with 'problems' [{sheet, row, column, cell, code, detail}].")
    ResponseEntity<Object> importXlsForm(@RequestPart("file") MultipartFile file, Locale locale) throws IOException {
        XlsFormImport result = xlsForms.importNew(file.getBytes(), file.getOriginalFilename());
        if (!result.ok()) {
            ProblemDetail problem = ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "xlsform_invalid", locale,
                    result.errors().size());
            problem.setProperty("problems", result.problems().stream().map(p -> Map.of("sheet", p.sheet(),
                    "row", p.row(), "column", p.column(), "cell", p.cell(), "blocking", p.blocking(), "code", p.code(),
                    "detail", Messages.get(p.messageKey(), locale, p.args().toArray()))).toList());
            return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(SurveyDocuments.toDocument(result.definition()));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish the current draft: validate the whole questionnaire, then freeze it (ADMIN)",
            description = "On problems: 422 with code questionnaire_invalid and 'problems' [{subject, field, choice, "
                    + "code, position, detail}].")
    SurveyDocument publish(@PathVariable long id) {
        return SurveyDocuments.toDocument(questionnaires.publish(id));
    }

    @GetMapping(path = "/{id}/xlsform")
    @Operation(summary = "Export a version as an XLSForm workbook (ADMIN; audited)")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam int version) {
        byte[] file = xlsForms.export(id, version);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("questionnaire-" + id + "-v" + version + ".xlsx").build().toString())
                .body(file);
    }

    @ExceptionHandler(FormProblemsException.class)
    ProblemDetail problems(FormProblemsException e, Locale locale) {
        ProblemDetail problem = ApiProblem.withDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.code(),
                Messages.get(e.messageKey(), locale, e.args()));
        problem.setProperty("problems", e.problems().stream().map(p -> {
            var entry = new java.util.LinkedHashMap<String, Object>();
            entry.put("subject", p.subject());
            entry.put("field", p.field());
            entry.put("choice", p.choice());
            entry.put("code", p.code());
            entry.put("position", p.position());
            entry.put("detail", Messages.get(p.messageKey(), locale, p.args().toArray()));
            return entry;
        }).toList());
        return problem;
    }
}
