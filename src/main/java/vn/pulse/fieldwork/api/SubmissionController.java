package vn.pulse.fieldwork.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.pulse.base.DomainException;
import vn.pulse.fieldwork.Submission;
import vn.pulse.fieldwork.SubmissionResult;
import vn.pulse.fieldwork.SubmissionService;

/** The submissions API for offline and third-party clients: one submission or a batch, answered per item. */
@RestController
@Tag(name = "Submissions", description = "Completed interviews from offline and third-party clients")
class SubmissionController {

    private final SubmissionService submissions;

    SubmissionController(SubmissionService submissions) {
        this.submissions = submissions;
    }

    @PostMapping("/api/v1/surveys/{id}/submissions")
    @Operation(summary = "Submit one interview or a batch (up to 1,000) (SURVEYOR, SUPERVISOR, ADMIN)", description = """
            Body: one object or an array of objects {"uuid","version","area","startedAt","completedAt",\
            "answers":{"<name>":value},"location":{"lat","lon","accuracy"},"paradata":{...}}. uuid is made by the \
            client once per interview; version is optional (default: the current published one); area is an area \
            code inside the caller's area; times are ISO-8601 instants (2026-11-29T03:15:00Z or with an offset). \
            A select_multiple value is an array of choice names, a matrix value an object item → choice name, a \
            date yyyy-MM-dd. The server re-validates every answer: answers to questions hidden by skip logic are \
            dropped, calculations recomputed. Each item is answered {"uuid","status":"created"|"duplicate"|\
            "rejected","responseId","responseStatus","errors":[{"question","code","message"}]}: a duplicate uuid \
            writes nothing and returns the first response's status; a rejected item writes nothing and never \
            blocks the others. One object gets one item back (201 created, 200 duplicate, 422 rejected); an \
            array gets an array in the same order (200).""")
    @ApiResponse(responseCode = "200", description = "batch answered per item, or a duplicate")
    @ApiResponse(responseCode = "201", description = "created")
    @ApiResponse(responseCode = "422", description = "the one submission was rejected (see errors), or the batch is "
            + "larger than 1,000 (code batch_too_large)")
    ResponseEntity<Object> submit(@PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(value = HttpHeaders.USER_AGENT, required = false) String userAgent, Locale locale) {
        if (body == null || !body.isArray() && !body.isObject()) {
            throw DomainException.invalid("submission_malformed", "fieldwork.error.malformed");
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(nodes::add);
            if (nodes.size() > SubmissionService.MAX_BATCH) {
                throw DomainException.invalid("batch_too_large", "fieldwork.error.batchTooLarge",
                        SubmissionService.MAX_BATCH);
            }
        } else {
            nodes.add(body);
        }
        List<SubmissionJson.Parsed> parsed = nodes.stream().map(n -> SubmissionJson.parse(n, userAgent)).toList();
        List<Submission> valid = parsed.stream().filter(p -> p.submission() != null).map(SubmissionJson.Parsed::submission)
                .toList();
        List<SubmissionResult> stored = submissions.submit(id, valid);
        List<SubmissionJson.Reply> replies = new ArrayList<>();
        int next = 0;
        for (SubmissionJson.Parsed p : parsed) {
            SubmissionResult result = p.submission() != null ? stored.get(next++) : p.rejected();
            replies.add(SubmissionJson.Reply.of(result, locale));
        }
        if (body.isArray()) {
            return ResponseEntity.ok(replies);
        }
        SubmissionJson.Reply reply = replies.getFirst();
        HttpStatus status = switch (reply.status()) {
            case "created" -> HttpStatus.CREATED;
            case "duplicate" -> HttpStatus.OK;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return ResponseEntity.status(status).body(reply);
    }
}
