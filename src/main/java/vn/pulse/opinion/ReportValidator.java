package vn.pulse.opinion;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.pulse.area.Area;
import vn.pulse.area.AreaService;
import vn.pulse.base.security.AreaScope;

/**
 * The one place that decides whether a report is valid, for every door it comes in by (the
 * phone form, the REST API, the demo-data generator). A submission must be complete; a draft
 * may be incomplete but never holds an unknown code, a foreign area or an over-long text.
 */
@Component
class ReportValidator {

    /** The result: the checked report (usable only when there are no errors) and every error. */
    record Validated(ValidReport report, List<FieldError> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private final TopicRepository topics;
    private final AreaService areas;
    private final DeadlineRules calendar;

    ReportValidator(TopicRepository topics, AreaService areas, DeadlineRules calendar) {
        this.topics = topics;
        this.areas = areas;
        this.calendar = calendar;
    }

    Validated forSubmission(ReportInput input, Collaborator author) {
        return validate(input, author, new FieldChecks(true));
    }

    Validated forDraft(ReportInput input, Collaborator author) {
        return validate(input, author, new FieldChecks(false));
    }

    private Validated validate(ReportInput input, Collaborator author, FieldChecks checks) {
        String uuid = checks.uuid(input.uuid());
        // kind and period say where even a draft belongs: required in drafts too
        ReportKind kind = checks.scale("kind", ReportKind.class, input.kind(), false);
        if (blank(input.kind())) {
            checks.add("kind", "required");
        }
        boolean urgent = kind == ReportKind.URGENT;
        YearMonth period = urgent && blank(input.period()) ? calendar.currentMonth()
                : checks.period("period", input.period(), calendar.currentMonth(), false);
        if (!urgent && blank(input.period())) {
            checks.add("period", "required");
        }
        String title = checks.text("title", input.title(), ReportInput.MAX_TITLE, urgent);
        AreaScope scope = author.scope();
        Function<String, Area> lookup = code -> areas.findForScope(code).orElse(null);
        Area area = checks.area("area", input.area(), scope, lookup, true);
        List<StreamInput> given = input.streams() == null ? List.of() : input.streams();
        if (given.size() > ReportInput.MAX_STREAMS) {
            checks.add("streams", "streams_too_many", ReportInput.MAX_STREAMS);
            given = given.subList(0, ReportInput.MAX_STREAMS);
        }
        Map<String, OpinionTopic> activeTopics = topics.findAll(false).stream()
                .filter(t -> !t.isGroup()).collect(Collectors.toMap(OpinionTopic::code, t -> t));
        List<ValidReport.Stream> streams = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            streams.add(stream("streams[" + i + "].", given.get(i), activeTopics, scope, lookup, checks));
        }
        if (given.isEmpty()) {
            checks.missing("streams");
        }
        return new Validated(new ValidReport(uuid, kind, period, title, area, streams), checks.errors());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static ValidReport.Stream stream(String prefix, StreamInput s, Map<String, OpinionTopic> activeTopics,
            AreaScope scope, Function<String, Area> lookup, FieldChecks checks) {
        if (s == null) {
            s = StreamInput.empty();
        }
        OpinionTopic topic = null;
        if (blank(s.topic())) {
            checks.missing(prefix + "topic");
        } else {
            topic = activeTopics.get(s.topic().strip());
            if (topic == null) {
                checks.add(prefix + "topic", "topic_unknown", s.topic());
            }
        }
        return new ValidReport.Stream(topic,
                checks.scale(prefix + "direction", Direction.class, s.direction(), true),
                checks.scale(prefix + "valence", Valence.class, s.valence(), true),
                checks.intensity(prefix + "intensity", s.intensity(), true),
                checks.scale(prefix + "breadth", Breadth.class, s.breadth(), true),
                checks.scales(prefix + "holderGroups", HolderGroup.class, s.holderGroups(), true),
                checks.scales(prefix + "moods", Mood.class, s.moods(), false),
                checks.area(prefix + "placeArea", s.placeArea(), scope, lookup, false),
                checks.text(prefix + "placeText", s.placeText(), StreamInput.MAX_PLACE, false),
                checks.scale(prefix + "sourceType", SourceType.class, s.sourceType(), true),
                Boolean.TRUE.equals(s.rumour()),
                checks.text(prefix + "summary", s.summary(), StreamInput.MAX_TEXT, true),
                checks.text(prefix + "proposals", s.proposals(), StreamInput.MAX_TEXT, false));
    }
}
