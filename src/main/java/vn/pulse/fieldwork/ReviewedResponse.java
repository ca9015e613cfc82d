package vn.pulse.fieldwork;

import java.util.List;

/** A response with its stored answers. */
public record ReviewedResponse(ResponseSummary summary, List<StoredAnswer> answers) {

    public ReviewedResponse {
        answers = List.copyOf(answers);
    }
}
