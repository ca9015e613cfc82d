package vn.pulse.fieldwork;

/** One stored value of a response (a row of response_answer with its variable's name and type word). */
public record StoredAnswer(String name, String type, String item, String choice, Double number, String text) {
}
