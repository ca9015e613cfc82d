package vn.pulse.fieldwork.api;

import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.pulse.fieldwork.Location;
import vn.pulse.fieldwork.Submission;
import vn.pulse.fieldwork.SubmissionError;
import vn.pulse.fieldwork.SubmissionResult;

/**
 * Reads submissions from JSON by hand, item by item: a malformed item (a time that is no time, an
 * answers field that is no object) is rejected alone instead of failing the whole batch.
 */
final class SubmissionJson {

    private SubmissionJson() {
    }

    /** A submission, or the result that rejects it before it reaches the pipeline. */
    record Parsed(Submission submission, SubmissionResult rejected) {
    }

    record Problem(String question, String code, String message) {
    }

    /** One item of the reply. */
    record Reply(String uuid, String status, Long responseId, String responseStatus, List<Problem> errors) {
        static Reply of(SubmissionResult r, Locale locale) {
            return new Reply(r.uuid(), r.outcome().name().toLowerCase(Locale.ROOT), r.responseId(),
                    r.responseStatus() == null ? null : r.responseStatus().name().toLowerCase(Locale.ROOT),
                    r.errors().stream().map(e -> new Problem(e.question(), e.code(), e.message(locale, "vi"))).toList());
        }
    }

    static Parsed parse(JsonNode node, String userAgent) {
        String uuid = text(node.get("uuid"));
        uuid = uuid == null ? null : uuid.strip().toLowerCase(Locale.ROOT);
        if (!node.isObject()) {
            return rejected(uuid, "submission_malformed");
        }
        JsonNode answers = node.get("answers");
        if (answers != null && !answers.isNull() && !answers.isObject()) {
            return rejected(uuid, "answers_malformed");
        }
        JsonNode version = node.get("version");
        if (version != null && !version.isNull() && !version.canConvertToInt()) {
            return rejected(uuid, "version_not_published");
        }
        Instant startedAt;
        Instant completedAt;
        try {
            startedAt = instant(node.get("startedAt"));
            completedAt = instant(node.get("completedAt"));
        } catch (DateTimeParseException e) {
            return rejected(uuid, "times_invalid");
        }
        Location location = null;
        JsonNode where = node.get("location");
        if (where != null && !where.isNull()) {
            if (!where.isObject() || !isNumber(where.get("lat")) || !isNumber(where.get("lon"))
                    || where.get("accuracy") != null && !where.get("accuracy").isNull() && !isNumber(where.get("accuracy"))) {
                return rejected(uuid, "location_invalid");
            }
            location = new Location(where.get("lat").asDouble(), where.get("lon").asDouble(),
                    isNumber(where.get("accuracy")) ? where.get("accuracy").asDouble() : null);
        }
        JsonNode paradata = node.get("paradata");
        @SuppressWarnings("unchecked")
        Map<String, Object> extra = paradata != null && paradata.isObject() ? (Map<String, Object>) value(paradata) : null;
        String agent = text(node.get("userAgent"));
        @SuppressWarnings("unchecked")
        Map<String, Object> values = answers == null || answers.isNull() ? Map.of() : (Map<String, Object>) value(answers);
        JsonNode area = node.get("area");
        Submission s = new Submission(uuid, version == null || version.isNull() ? null : version.asInt(),
                area == null || area.isNull() ? null : area.isNumber() ? area.asString() : text(area), startedAt,
                completedAt, values, location, agent != null ? agent : userAgent, extra, null,
                node.has("assignment") && node.get("assignment").canConvertToLong() ? node.get("assignment").asLong()
                        : null);
        return new Parsed(s, null);
    }

    private static Parsed rejected(String uuid, String code) {
        return new Parsed(null, SubmissionResult.rejected(uuid, List.of(new SubmissionError(null, code,
                "fieldwork.submission." + code, List.of(), null))));
    }

    private static boolean isNumber(JsonNode node) {
        return node != null && node.isNumber();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asString();
    }

    private static Instant instant(JsonNode node) {
        String text = text(node);
        if (text == null || text.isBlank()) {
            return null;
        }
        return OffsetDateTime.parse(text.strip()).toInstant();
    }

    /** JSON as the plain Java values the questionnaire's coercion reads. */
    static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), value(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(value(n)));
            return list;
        }
        if (node.isIntegralNumber()) {
            BigInteger big = node.bigIntegerValue();
            return big.bitLength() < 64 ? (Object) big.longValue() : big.toString();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asString();
    }
}
