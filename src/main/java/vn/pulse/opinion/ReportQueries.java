package vn.pulse.opinion;

import static vn.pulse.jooq.Tables.APP_USER;
import static vn.pulse.jooq.Tables.AREA;
import static vn.pulse.jooq.Tables.OPINION_REPORT;
import static vn.pulse.jooq.Tables.OPINION_STREAM;
import static vn.pulse.jooq.Tables.OPINION_STREAM_HOLDER;
import static vn.pulse.jooq.Tables.OPINION_STREAM_MOOD;
import static vn.pulse.jooq.Tables.OPINION_TOPIC;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.pulse.base.security.AreaScope;

/** Read models over opinion reports: lists, timeliness per collaborator, stream counts and streams for analytics and reports. */
@Repository
class ReportQueries {

    static final List<Field<?>> AUTHOR_FIELDS = List.of(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME,
            APP_USER.ROLE, APP_USER.SINGLE_LINE, APP_USER.HANDLER_ID, APP_USER.CREATED_AT);
    private static final Field<Integer> STREAM_COUNT = DSL.field(DSL.selectCount().from(OPINION_STREAM)
            .where(OPINION_STREAM.REPORT_ID.eq(OPINION_REPORT.ID))).as("stream_count");
    /** The Monday of the ISO week of the local date of first submission. */
    private static final Field<LocalDate> WEEK_START = DSL.field(
            "DATE_SUB({0}, INTERVAL WEEKDAY({0}) DAY)", LocalDate.class, OPINION_REPORT.SUBMITTED_ON);

    /** Lists stop here; nobody reads more lines on a screen, and filters narrow them. */
    static final int LIMIT = 500;

    private final DSLContext db;
    private final TopicRepository topics;

    ReportQueries(DSLContext db, TopicRepository topics) {
        this.db = db;
        this.topics = topics;
    }

    /** A periodic report's first submission, for timeliness. */
    record PeriodicSubmission(long authorId, long reportId, Instant firstSubmittedAt, LocalDate submittedOn,
            LocalDate dueOn) {
    }

    /**
     * Reports matching the condition, newest first, at most {@code limit}; authors as the viewer may
     * know them, and marked reviewable when {@code viewerReviews} and the viewer may review that author.
     */
    private List<ReportSummary> list(Condition which, long viewerId, boolean viewerReviews, int limit) {
        return db.select(OPINION_REPORT.ID, OPINION_REPORT.UUID, OPINION_REPORT.KIND, OPINION_REPORT.PERIOD_MONTH,
                        OPINION_REPORT.TITLE, OPINION_REPORT.STATUS, OPINION_REPORT.UPDATED_AT,
                        OPINION_REPORT.SUBMITTED_AT, OPINION_REPORT.REVIEW_COMMENT, AREA.CODE, AREA.NAME, STREAM_COUNT)
                .select(AUTHOR_FIELDS)
                .from(OPINION_REPORT)
                .leftJoin(AREA).on(AREA.ID.eq(OPINION_REPORT.AREA_ID))
                .join(APP_USER).on(APP_USER.ID.eq(OPINION_REPORT.AUTHOR_ID))
                .where(which)
                .orderBy(DSL.coalesce(OPINION_REPORT.SUBMITTED_AT, OPINION_REPORT.UPDATED_AT).desc(),
                        OPINION_REPORT.ID.desc())
                .limit(limit)
                .fetch(r -> toSummary(r, viewerId, viewerReviews));
    }

    /** One author's reports and drafts, optionally of one kind, from one month on, in one status. */
    List<ReportSummary> ofAuthor(long authorId, ReportKind kind, YearMonth from, ReportStatus status) {
        Condition which = OPINION_REPORT.AUTHOR_ID.eq(authorId);
        if (kind != null) {
            which = which.and(OPINION_REPORT.KIND.eq(kind.code()));
        }
        if (from != null) {
            which = which.and(OPINION_REPORT.PERIOD_MONTH.ge(from.atDay(1)));
        }
        if (status != null) {
            which = which.and(OPINION_REPORT.STATUS.eq(status.code()));
        }
        return list(which, authorId, false, LIMIT);
    }

    /** Submitted reports (never drafts) whose area lies in the scope, as the filter asks. */
    List<ReportSummary> inScope(AreaScope scope, ReportFilter filter, long viewerId, boolean viewerReviews) {
        Condition which = inScope(scope).and(OPINION_REPORT.STATUS.ne(ReportStatus.DRAFT.code()));
        if (filter.status() != null) {
            which = which.and(OPINION_REPORT.STATUS.eq(filter.status().code()));
        }
        if (filter.period() != null) {
            which = which.and(OPINION_REPORT.PERIOD_MONTH.eq(filter.period().atDay(1)));
        }
        if (filter.areaCode() != null) {
            which = which.and(AREA.CODE.eq(filter.areaCode()));
        }
        return list(which, viewerId, viewerReviews, LIMIT);
    }

    /** Condition: reports whose area lies in the scope. */
    static Condition inScope(AreaScope scope) {
        return scope.isNational() ? DSL.trueCondition() : AREA.PATH.like(scope.likePattern());
    }

    Map<Long, PeriodicSubmission> periodicSubmissions(YearMonth period, Collection<Long> authorIds) {
        return db.select(OPINION_REPORT.AUTHOR_ID, OPINION_REPORT.ID, OPINION_REPORT.FIRST_SUBMITTED_AT,
                        OPINION_REPORT.SUBMITTED_ON, OPINION_REPORT.DUE_ON)
                .from(OPINION_REPORT)
                .where(OPINION_REPORT.KIND.eq(ReportKind.PERIODIC.code())
                        .and(OPINION_REPORT.PERIOD_MONTH.eq(period.atDay(1)))
                        .and(OPINION_REPORT.STATUS.notIn(ReportStatus.DRAFT.code(), ReportStatus.REJECTED.code()))
                        .and(OPINION_REPORT.AUTHOR_ID.in(authorIds)))
                .fetchMap(r -> r.get(OPINION_REPORT.AUTHOR_ID), r -> new PeriodicSubmission(
                        r.get(OPINION_REPORT.AUTHOR_ID), r.get(OPINION_REPORT.ID),
                        r.get(OPINION_REPORT.FIRST_SUBMITTED_AT), r.get(OPINION_REPORT.SUBMITTED_ON),
                        r.get(OPINION_REPORT.DUE_ON)));
    }

    List<StreamCount> streamCounts(AreaScope scope, LocalDate from, LocalDate to, Set<ReportStatus> statuses) {
        Map<Long, OpinionTopic> byId = topics.findAll(true).stream().collect(Collectors.toMap(OpinionTopic::id, t -> t));
        Field<Integer> streams = DSL.count();
        Field<Integer> negative = DSL.count().filterWhere(OPINION_STREAM.VALENCE.eq(Valence.NEGATIVE.code()));
        Field<Integer> unreviewed = DSL.count().filterWhere(OPINION_REPORT.STATUS.eq(ReportStatus.SUBMITTED.code()));
        Field<Integer> reports = DSL.countDistinct(OPINION_REPORT.ID);
        Field<LocalDate> week = WEEK_START.as("week_start");
        return db.select(OPINION_TOPIC.ID, OPINION_STREAM.DIRECTION, week, AREA.CODE, AREA.NAME, AREA.PATH,
                        streams, negative, unreviewed, reports)
                .from(OPINION_STREAM)
                .join(OPINION_REPORT).on(OPINION_REPORT.ID.eq(OPINION_STREAM.REPORT_ID))
                .join(OPINION_TOPIC).on(OPINION_TOPIC.ID.eq(OPINION_STREAM.TOPIC_ID))
                .join(AREA).on(AREA.ID.eq(OPINION_REPORT.AREA_ID))
                .where(counted(scope, from, to, statuses))
                .groupBy(OPINION_TOPIC.ID, OPINION_STREAM.DIRECTION, WEEK_START, AREA.CODE, AREA.NAME, AREA.PATH)
                .orderBy(WEEK_START, AREA.PATH, OPINION_TOPIC.ID, OPINION_STREAM.DIRECTION)
                .fetch(r -> new StreamCount(byId.get(r.get(OPINION_TOPIC.ID)),
                        ReportRepository.scale(Direction.class, r.get(OPINION_STREAM.DIRECTION)), r.get(week),
                        r.get(AREA.CODE), r.get(AREA.NAME), r.get(AREA.PATH), r.get(streams), r.get(negative),
                        r.get(unreviewed), r.get(reports)));
    }

    long countStreams(AreaScope scope, LocalDate from, LocalDate to, Set<ReportStatus> statuses) {
        return db.selectCount().from(OPINION_STREAM)
                .join(OPINION_REPORT).on(OPINION_REPORT.ID.eq(OPINION_STREAM.REPORT_ID))
                .join(AREA).on(AREA.ID.eq(OPINION_REPORT.AREA_ID))
                .where(counted(scope, from, to, statuses))
                .fetchOne(0, Long.class);
    }

    /** The streams {@link #streamCounts} counts, one by one, without their authors. */
    List<ReportedStream> reportedStreams(AreaScope scope, LocalDate from, LocalDate to, Set<ReportStatus> statuses) {
        Map<Long, OpinionTopic> byId = topics.findAll(true).stream().collect(Collectors.toMap(OpinionTopic::id, t -> t));
        Condition counted = counted(scope, from, to, statuses);
        var streamIds = DSL.select(OPINION_STREAM.ID).from(OPINION_STREAM)
                .join(OPINION_REPORT).on(OPINION_REPORT.ID.eq(OPINION_STREAM.REPORT_ID))
                .join(AREA).on(AREA.ID.eq(OPINION_REPORT.AREA_ID))
                .where(counted);
        Map<Long, List<HolderGroup>> holders = db.selectFrom(OPINION_STREAM_HOLDER)
                .where(OPINION_STREAM_HOLDER.STREAM_ID.in(streamIds))
                .fetchGroups(OPINION_STREAM_HOLDER.STREAM_ID,
                        h -> ReportRepository.scale(HolderGroup.class, h.getHolderGroup()));
        Map<Long, List<Mood>> moods = db.selectFrom(OPINION_STREAM_MOOD)
                .where(OPINION_STREAM_MOOD.STREAM_ID.in(streamIds))
                .fetchGroups(OPINION_STREAM_MOOD.STREAM_ID, m -> ReportRepository.scale(Mood.class, m.getMood()));
        var place = ReportRepository.PLACE;
        return db.select(OPINION_STREAM.fields())
                .select(OPINION_REPORT.KIND, OPINION_REPORT.SUBMITTED_ON, OPINION_REPORT.STATUS, AREA.CODE, AREA.NAME,
                        AREA.PATH, place.CODE, place.NAME)
                .from(OPINION_STREAM)
                .join(OPINION_REPORT).on(OPINION_REPORT.ID.eq(OPINION_STREAM.REPORT_ID))
                .join(AREA).on(AREA.ID.eq(OPINION_REPORT.AREA_ID))
                .leftJoin(place).on(place.ID.eq(OPINION_STREAM.PLACE_AREA_ID))
                .where(counted)
                .orderBy(OPINION_REPORT.SUBMITTED_ON, OPINION_STREAM.REPORT_ID, OPINION_STREAM.POSITION)
                .fetch(r -> new ReportedStream(r.get(OPINION_STREAM.REPORT_ID),
                        ReportRepository.scale(ReportKind.class, r.get(OPINION_REPORT.KIND)),
                        r.get(OPINION_REPORT.SUBMITTED_ON),
                        ReportStatus.SUBMITTED.code().equals(r.get(OPINION_REPORT.STATUS)),
                        r.get(AREA.CODE), r.get(AREA.NAME), r.get(AREA.PATH), byId.get(r.get(OPINION_STREAM.TOPIC_ID)),
                        ReportRepository.scale(Direction.class, r.get(OPINION_STREAM.DIRECTION)),
                        ReportRepository.scale(Valence.class, r.get(OPINION_STREAM.VALENCE)),
                        Intensity.of(r.get(OPINION_STREAM.INTENSITY)).orElse(null),
                        ReportRepository.scale(Breadth.class, r.get(OPINION_STREAM.BREADTH)),
                        Set.copyOf(holders.getOrDefault(r.get(OPINION_STREAM.ID), List.of())),
                        Set.copyOf(moods.getOrDefault(r.get(OPINION_STREAM.ID), List.of())),
                        r.get(place.CODE), r.get(place.NAME), r.get(OPINION_STREAM.PLACE_TEXT),
                        ReportRepository.scale(SourceType.class, r.get(OPINION_STREAM.SOURCE_TYPE)),
                        r.get(OPINION_STREAM.RUMOUR), r.get(OPINION_STREAM.SUMMARY), r.get(OPINION_STREAM.PROPOSALS)));
    }

    /** Condition: streams of reports that feed statistics, first submitted in the dates, in the scope. */
    private static Condition counted(AreaScope scope, LocalDate from, LocalDate to, Set<ReportStatus> statuses) {
        return OPINION_REPORT.STATUS.in(statuses.stream().map(ReportStatus::code).toList())
                .and(OPINION_REPORT.SUBMITTED_ON.between(from, to))
                .and(inScope(scope));
    }

    /** The author columns of a report row (see {@link #AUTHOR_FIELDS}) as a collaborator. */
    static Collaborator author(Record r) {
        return new Collaborator(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME),
                r.get(APP_USER.ROLE), null, null, null, r.get(APP_USER.SINGLE_LINE), r.get(APP_USER.HANDLER_ID),
                r.get(APP_USER.CREATED_AT));
    }

    private static ReportSummary toSummary(Record r, long viewerId, boolean viewerReviews) {
        Collaborator author = author(r);
        ReportStatus status = ReportRepository.scale(ReportStatus.class, r.get(OPINION_REPORT.STATUS));
        return new ReportSummary(r.get(OPINION_REPORT.ID), r.get(OPINION_REPORT.UUID),
                ReportRepository.scale(ReportKind.class, r.get(OPINION_REPORT.KIND)),
                YearMonth.from(r.get(OPINION_REPORT.PERIOD_MONTH)), r.get(OPINION_REPORT.TITLE), r.get(AREA.CODE),
                r.get(AREA.NAME), author.authorFor(viewerId), status, r.get(STREAM_COUNT),
                r.get(OPINION_REPORT.UPDATED_AT), r.get(OPINION_REPORT.SUBMITTED_AT),
                r.get(OPINION_REPORT.REVIEW_COMMENT),
                viewerReviews && status == ReportStatus.SUBMITTED && author.reviewableBy(viewerId));
    }
}
