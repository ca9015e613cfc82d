package vn.pulse.fieldwork;

/**
 * Published inside the transaction that stores a response ({@code from} is null) or changes its
 * status. Listeners run in that transaction, so what they write (e.g. rollups) commits or rolls
 * back together with the response.
 */
public record ResponseStatusChanged(long responseId, long questionnaireId, ResponseStatus from, ResponseStatus to) {
}
