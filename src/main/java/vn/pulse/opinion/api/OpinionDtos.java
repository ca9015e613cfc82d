package vn.pulse.opinion.api;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import vn.pulse.base.i18n.Messages;
import vn.pulse.opinion.Author;
import vn.pulse.opinion.FieldError;
import vn.pulse.opinion.OpinionReport;
import vn.pulse.opinion.OpinionScale;
import vn.pulse.opinion.OpinionStream;
import vn.pulse.opinion.ReportSummary;
import vn.pulse.opinion.SubmissionResult;

/** What the opinion API answers: scale values as their stable codes, names in the caller's language. */
final class OpinionDtos {

    private OpinionDtos() {
    }

    record FieldProblem(String field, String code, String message) {
    }

    /** status: created | resubmitted | duplicate | rejected; reportStatus: where the report stands. */
    record SubmissionReply(String uuid, String status, Long id, String reportStatus, List<FieldProblem> errors) {
        static SubmissionReply of(SubmissionResult r, Locale locale) {
            return new SubmissionReply(r.uuid(), r.outcome().name().toLowerCase(), r.reportId(), code(r.reportStatus()),
                    r.errors().stream().map(e -> problem(e, locale)).toList());
        }
    }

    /** The author; {@code id} is null and {@code name} "Cộng tác viên đơn tuyến" when the caller may not know them. */
    record AuthorDto(Long id, String name, boolean singleLine) {
        static AuthorDto of(Author a, Locale locale) {
            return new AuthorDto(a.id(), a.hidden() ? Messages.get("opinion.singleLine.hidden", locale) : a.name(),
                    a.singleLine());
        }
    }

    record Summary(long id, String uuid, String kind, String period, String title, String area, String areaName,
            AuthorDto author, String status, int streams, Instant updatedAt, Instant submittedAt,
            String reviewComment) {
        static Summary of(ReportSummary r, Locale locale) {
            return new Summary(r.id(), r.uuid(), code(r.kind()), r.period().toString(), r.title(), r.areaCode(),
                    r.areaName(), AuthorDto.of(r.author(), locale), code(r.status()), r.streams(), r.updatedAt(),
                    r.submittedAt(), r.reviewComment());
        }
    }

    record Stream(String topic, String topicName, String direction, String valence, Integer intensity, String breadth,
            List<String> holderGroups, List<String> moods, String placeArea, String placeAreaName, String placeText,
            String sourceType, boolean rumour, String summary, String proposals) {
        static Stream of(OpinionStream s, Locale locale) {
            return new Stream(s.topic() == null ? null : s.topic().code(),
                    s.topic() == null ? null : s.topic().name(locale), code(s.direction()), code(s.valence()),
                    s.intensity() == null ? null : s.intensity().level(), code(s.breadth()), codes(s.holderGroups()),
                    codes(s.moods()), s.placeAreaCode(), s.placeAreaName(), s.placeText(), code(s.sourceType()),
                    s.rumour(), s.summary(), s.proposals());
        }
    }

    record Report(long id, String uuid, String kind, String period, String title, String area, String areaName,
            AuthorDto author, String status, Instant submittedAt, String dueOn, Instant reviewedAt,
            String reviewComment, List<Stream> streams) {
        static Report of(OpinionReport r, Locale locale) {
            return new Report(r.id(), r.uuid(), code(r.kind()), r.period().toString(), r.title(), r.areaCode(),
                    r.areaName(), AuthorDto.of(r.author(), locale), code(r.status()), r.submittedAt(),
                    r.dueOn() == null ? null : r.dueOn().toString(), r.reviewedAt(), r.reviewComment(),
                    r.streams().stream().map(s -> Stream.of(s, locale)).toList());
        }
    }

    static FieldProblem problem(FieldError e, Locale locale) {
        return new FieldProblem(e.field(), e.code(), e.message(locale));
    }

    private static String code(OpinionScale value) {
        return value == null ? null : value.code();
    }

    private static List<String> codes(Collection<? extends OpinionScale> values) {
        return values.stream().map(OpinionScale::code).sorted().toList();
    }
}
