package vn.pulse.fieldwork.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;
import vn.pulse.fieldwork.Draft;
import vn.pulse.fieldwork.DraftService;
import vn.pulse.fieldwork.ResponseStatus;
import vn.pulse.fieldwork.ResponseSummary;
import vn.pulse.fieldwork.ReviewService;
import vn.pulse.fieldwork.ReviewedResponse;
import vn.pulse.fieldwork.StoredAnswer;

/** Reading responses within one's own reach, review decisions, and a surveyor's own drafts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Responses", description = "Stored interviews: read within your area, review, your own drafts")
class ResponseController {

    private final ReviewService review;
    private final DraftService drafts;

    ResponseController(ReviewService review, DraftService drafts) {
        this.review = review;
        this.drafts = drafts;
    }

    record Summary(long id, String uuid, long surveyId, int version, String area, String areaName, String collector,
            String channel, String formNumber, String status, Instant completedAt, Instant receivedAt,
            String reviewComment) {
        static Summary of(ResponseSummary r) {
            return new Summary(r.id(), r.uuid(), r.questionnaireId(), r.version(), r.areaCode(), r.areaName(),
                    r.collectorName(), r.channel().name().toLowerCase(Locale.ROOT), r.formNumber(),
                    r.status().name().toLowerCase(Locale.ROOT), r.completedAt(), r.receivedAt(), r.reviewComment());
        }
    }

    record Detail(Summary response, List<StoredAnswer> answers) {
    }

    record Decision(String decision, String comment) {
    }

    record DraftDto(String uuid, long surveyId, int version, String area, Map<String, Object> answers,
            Instant startedAt, Instant updatedAt) {
        static DraftDto of(Draft d) {
            return new DraftDto(d.uuid(), d.questionnaireId(), d.version(), d.areaCode(), d.answers(), d.startedAt(),
                    d.updatedAt());
        }
    }

    @GetMapping("/responses")
    @Operation(summary = "Responses the caller may see, newest first", description = """
            Surveyors get their own; supervisors and administrators those of their area. Filter by status \
            (submitted|approved|returned|rejected) and survey id; at most 'limit' (≤1000).""")
    List<Summary> list(@RequestParam(required = false) String status,
            @Parameter(description = "questionnaire id") @RequestParam(required = false) Long survey,
            @RequestParam(defaultValue = "200") int limit) {
        ResponseStatus wanted = status(status);
        List<ResponseSummary> found = CurrentUser.require().hasRole(Role.SURVEYOR)
                ? review.mine(wanted, limit).stream().filter(r -> survey == null || r.questionnaireId() == survey).toList()
                : review.queue(wanted, survey, limit);
        return found.stream().map(Summary::of).toList();
    }

    @GetMapping("/responses/{id}")
    @Operation(summary = "One response with its stored answers (the read is audited for supervisors)")
    Detail get(@PathVariable long id) {
        ReviewedResponse r = (CurrentUser.require().hasRole(Role.SURVEYOR) ? review.mine(id) : review.open(id))
                .orElseThrow(() -> DomainException.notFound("response_not_found", "fieldwork.review.notFound", id));
        return new Detail(Summary.of(r.summary()), r.answers());
    }

    @PostMapping("/responses/{id}/review")
    @Operation(summary = "Approve, return (with comment) or reject (with comment) a response (SUPERVISOR, ADMIN)",
            description = "Body {\"decision\":\"approve|return|reject\",\"comment\":\"…\"}. Audited.")
    Summary decide(@PathVariable long id, @RequestBody Decision decision) {
        String word = decision == null || decision.decision() == null ? "" : decision.decision().strip();
        ResponseSummary r = switch (word) {
            case "approve" -> review.approve(id);
            case "return" -> review.returnToSurveyor(id, decision.comment());
            case "reject" -> review.reject(id, decision.comment());
            default -> throw DomainException.invalid("decision_invalid", "fieldwork.review.notAllowed");
        };
        return Summary.of(r);
    }

    @GetMapping("/drafts")
    @Operation(summary = "The signed-in surveyor's own drafts (SURVEYOR); nobody else's are ever shown")
    List<DraftDto> myDrafts() {
        return drafts.mine().stream().map(DraftDto::of).toList();
    }

    @GetMapping("/drafts/{uuid}")
    @Operation(summary = "One of the signed-in surveyor's own drafts (404 for anyone else's)")
    DraftDto draft(@PathVariable String uuid) {
        return drafts.open(uuid).map(DraftDto::of)
                .orElseThrow(() -> DomainException.notFound("draft_not_found", "fieldwork.draft.notFound"));
    }

    private static ResponseStatus status(String word) {
        if (word == null || word.isBlank()) {
            return null;
        }
        try {
            return ResponseStatus.valueOf(word.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("filter_invalid", "fieldwork.error.filter", word);
        }
    }
}
