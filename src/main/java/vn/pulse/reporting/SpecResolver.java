package vn.pulse.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.pulse.area.Area;
import vn.pulse.area.AreaService;
import vn.pulse.base.DomainException;
import vn.pulse.base.Formats;

/**
 * Checks a report request at the boundary and resolves it into a {@link ReportSpec}: every bad
 * field is refused with its own code before anything runs or is written.
 */
@Component
class SpecResolver {

    static final int MAX_REQUEST_KEY = 64;
    static final int MAX_READERS = 50;

    private final AreaService areas;
    private final ReaderRepository readers;
    private final ReportBuilders builders;
    private final ReportingProperties properties;
    private final Clock clock;

    SpecResolver(AreaService areas, ReaderRepository readers, ReportBuilders builders, ReportingProperties properties,
            Clock clock) {
        this.areas = areas;
        this.readers = readers;
        this.builders = builders;
        this.properties = properties;
        this.clock = clock;
    }

    /** Resolves a request of the signed-in user (or the system): the area must lie in their scope. */
    ReportSpec resolve(ReportRequest request) {
        if (request == null || request.kind() == null) {
            throw DomainException.invalid("kind_required", "reporting.error.kind");
        }
        Area area = area(request.areaCode());
        ReportPeriod period = ReportPeriod.parse(request.period());
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        if (!request.kind().periodTypes().contains(period.type())) {
            throw DomainException.invalid("period_invalid", "reporting.error.periodType", request.period());
        }
        if (period.from().isAfter(today)) {
            throw DomainException.invalid("period_future", "reporting.error.periodFuture", request.period());
        }
        String topic = request.kind().needsTopic() ? required(request.topic()) : null;
        Long questionnaire = null;
        ReportPeriod baseline = null;
        if (request.kind().needsQuestionnaire()) {
            if (request.questionnaire() == null) {
                throw DomainException.invalid("questionnaire_required", "reporting.error.questionnaireRequired");
            }
            questionnaire = request.questionnaire();
            baseline = request.baseline() == null || request.baseline().isBlank() ? null
                    : ReportPeriod.parse(request.baseline());
            if (baseline != null && !baseline.to().isBefore(period.from())) {
                throw DomainException.invalid("baseline_invalid", "reporting.error.baseline", request.baseline(),
                        request.period());
            }
        }
        if (request.requestKey() != null && request.requestKey().length() > MAX_REQUEST_KEY) {
            throw DomainException.invalid("request_key_invalid", "reporting.error.requestKey", MAX_REQUEST_KEY);
        }
        Letterhead letterhead = request.letterhead() == null ? letterhead(area) : Letterheads.checked(request.letterhead());
        Secrecy secrecy = request.secrecy() == null ? Secrecy.NONE : request.secrecy();
        ReportSpec spec = new ReportSpec(request.kind(), area, period, topic, letterhead, secrecy,
                readers(area, request.readers()), today, Instant.now(clock), properties.minReports(), questionnaire, baseline);
        builders.of(spec.kind()).check(spec);
        return spec;
    }

    /** An area of the caller's scope. */
    Area area(String code) {
        if (code == null || code.isBlank()) {
            throw DomainException.invalid("area_required", "reporting.error.areaRequired");
        }
        return areas.find(code.strip()).orElseThrow(
                () -> DomainException.notFound("area_not_found", "reporting.error.area", code));
    }

    /** The letterhead Pulse proposes for the area. */
    Letterhead letterhead(Area area) {
        Area province = area.isProvince() || area.parentCode() == null ? null
                : areas.findForScope(area.parentCode()).orElse(null);
        return Letterheads.proposal(area, province);
    }

    /** The distribution list: each must be a leader or supervisor whose area holds the report's. */
    List<Reader> readers(Area area, List<String> usernames) {
        if (usernames.size() > MAX_READERS) {
            throw DomainException.invalid("reader_invalid", "reporting.error.tooManyReaders", MAX_READERS);
        }
        List<Reader> eligible = readers.candidates(area.path());
        List<Reader> chosen = new ArrayList<>();
        for (String username : usernames.stream().map(String::strip).distinct().toList()) {
            chosen.add(eligible.stream().filter(r -> r.username().equals(username)).findFirst().orElseThrow(
                    () -> DomainException.invalid("reader_invalid", "reporting.error.reader", username)));
        }
        return chosen;
    }

    private static String required(String topic) {
        if (topic == null || topic.isBlank()) {
            throw DomainException.invalid("topic_required", "reporting.error.topicRequired");
        }
        return topic.strip();
    }
}
