package vn.pulse.fieldwork;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import vn.pulse.area.Area;
import vn.pulse.base.security.AreaScope;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.FormEvaluation;
import vn.pulse.questionnaire.FormEvaluator;
import vn.pulse.questionnaire.SamplingPlan;

/**
 * Checks one submission in memory against its version: never trust the client. The answers are
 * re-evaluated by {@link FormEvaluator} (types, required, constraints, relevance; irrelevant
 * answers dropped, calculations recomputed); the stratum and cluster come from the sampling plan.
 */
final class SubmissionChecks {

    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Clocks of phones drift: a completion time this far in the future is still believed. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final int MAX_USER_AGENT = 400;
    static final int MAX_PARADATA = 8_000;
    static final int MAX_FORM_NUMBER = 40;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the checks need from outside: versions and areas, looked up once per batch. */
    interface Lookups {
        /** A published version, or empty when the questionnaire has no such published version. */
        Optional<FormDefinition> version(Integer number);

        Optional<Area> area(String code);
    }

    /** Who submits: the collector, who typed it in, through which channel, and the scopes both must stay in. */
    record Intake(long collectorId, AreaScope collectorScope, long enteredBy, AreaScope enteredByScope,
            Channel channel) {
    }

    /** Either an accepted submission or the reasons it is refused. */
    record Checked(String uuid, Accepted accepted, List<SubmissionError> errors) {
        boolean ok() {
            return accepted != null;
        }
    }

    private SubmissionChecks() {
    }

    static String normaliseUuid(String uuid) {
        return uuid == null ? null : uuid.strip().toLowerCase(Locale.ROOT);
    }

    static Checked check(Submission s, Intake intake, Lookups lookups, Instant now, ZoneId zone) {
        String uuid = normaliseUuid(s.uuid());
        List<SubmissionError> errors = new ArrayList<>();
        if (uuid == null || !UUID.matcher(uuid).matches()) {
            errors.add(SubmissionError.whole("uuid_invalid"));
        }
        FormDefinition form = lookups.version(s.version()).orElse(null);
        if (form == null) {
            errors.add(SubmissionError.whole("version_not_published", String.valueOf(s.version())));
        }
        Area area = s.area() == null ? null : lookups.area(s.area().strip()).orElse(null);
        if (area == null) {
            errors.add(SubmissionError.whole("area_unknown", String.valueOf(s.area())));
        } else if (!intake.collectorScope().covers(area.path()) || !intake.enteredByScope().covers(area.path())) {
            errors.add(SubmissionError.whole("area_outside_scope", area.code()));
        }
        if (s.completedAt() == null) {
            errors.add(SubmissionError.whole("completed_at_missing"));
        } else if (s.completedAt().isAfter(now.plus(CLOCK_SKEW)) || s.completedAt().isBefore(EARLIEST)
                || s.startedAt() != null && (s.startedAt().isAfter(s.completedAt()) || s.startedAt().isBefore(EARLIEST))) {
            errors.add(SubmissionError.whole("times_invalid"));
        }
        if (s.location() != null && !s.location().isValid()) {
            errors.add(SubmissionError.whole("location_invalid"));
        }
        String formNumber = s.formNumber() == null || s.formNumber().isBlank() ? null : s.formNumber().strip();
        if (intake.channel() == Channel.PAPER && formNumber == null) {
            errors.add(SubmissionError.whole("form_number_missing"));
        } else if (formNumber != null && formNumber.length() > MAX_FORM_NUMBER) {
            errors.add(SubmissionError.whole("form_number_too_long", MAX_FORM_NUMBER));
        }
        String paradata = s.paradata().isEmpty() ? null : JSON.writeValueAsString(s.paradata());
        if (paradata != null && paradata.length() > MAX_PARADATA) {
            errors.add(SubmissionError.whole("paradata_too_large", MAX_PARADATA));
        }
        if (form == null || s.completedAt() == null) {
            return new Checked(uuid, null, errors);
        }
        LocalDate interviewDate = s.completedAt().atZone(zone).toLocalDate();
        FormEvaluation evaluation = FormEvaluator.evaluate(form, s.answers(), interviewDate);
        evaluation.errors().forEach(e -> errors.add(SubmissionError.of(e)));
        if (!errors.isEmpty()) {
            return new Checked(uuid, null, errors);
        }
        Map<String, Object> answers = evaluation.answers();
        Integer duration = s.startedAt() == null ? null
                : (int) Math.min(Integer.MAX_VALUE, Duration.between(s.startedAt(), s.completedAt()).toSeconds());
        String userAgent = s.userAgent() == null || s.userAgent().isBlank() ? null
                : s.userAgent().strip().substring(0, Math.min(MAX_USER_AGENT, s.userAgent().strip().length()));
        SamplingPlan plan = form.samplingPlan();
        return new Checked(uuid, new Accepted(uuid, form, area, stratum(plan, area, answers),
                cluster(plan, area, answers), intake.collectorId(), intake.enteredBy(), intake.channel(), formNumber,
                s.startedAt(), s.completedAt(), interviewDate, duration, s.location(), userAgent, paradata,
                s.assignmentId(), answers), List.of());
    }

    /**
     * The stratum of a respondent: by area, the plan's stratum whose area contains the interview's
     * area; by question, the chosen answer. Null when the plan has no strata or nothing matches.
     */
    static String stratum(SamplingPlan plan, Area area, Map<String, Object> answers) {
        if (!plan.isStratified()) {
            return null;
        }
        if (SamplingPlan.AREA.equals(plan.stratifyBy())) {
            return plan.strata().stream().map(SamplingPlan.Stratum::code)
                    .filter(code -> area.path().contains("/" + code + "/"))
                    .max(java.util.Comparator.comparingInt(code -> area.path().indexOf("/" + code + "/")))
                    .orElse(null);
        }
        Object value = answers.get(plan.stratifyBy());
        return value == null ? null : truncate(String.valueOf(value));
    }

    /** The primary sampling unit: the interview's area, or the answer to the clustering question. */
    static String cluster(SamplingPlan plan, Area area, Map<String, Object> answers) {
        if (plan.clusterBy() == null) {
            return null;
        }
        if (SamplingPlan.AREA.equals(plan.clusterBy())) {
            return area.code();
        }
        Object value = answers.get(plan.clusterBy());
        return value == null ? null : truncate(String.valueOf(value));
    }

    private static String truncate(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64);
    }
}
