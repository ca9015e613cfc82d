package vn.pulse.opinion;

import static vn.pulse.jooq.Tables.APP_USER;
import static vn.pulse.jooq.Tables.AREA;
import static vn.pulse.jooq.Tables.OPINION_REPORT;
import static vn.pulse.jooq.Tables.OPINION_STREAM;
import static vn.pulse.jooq.Tables.OPINION_STREAM_HOLDER;
import static vn.pulse.jooq.Tables.OPINION_STREAM_MOOD;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import vn.pulse.jooq.tables.records.OpinionStreamRecord;

/** SQL of one opinion report with its streams: store, change, load. Lists live in {@link ReportQueries}. */
@Repository
class ReportRepository {

    static final vn.pulse.jooq.tables.Area PLACE = AREA.as("place");
    private final DSLContext db;
    private final TopicRepository topics;

    ReportRepository(DSLContext db, TopicRepository topics) {
        this.db = db;
        this.topics = topics;
    }

    /** The facts state changes need: whose, which period, where it stands. */
    record Header(long id, String uuid, long authorId, ReportKind kind, YearMonth period, ReportStatus status,
            String areaPath, Instant firstSubmittedAt, LocalDate dueOn) {
    }

    Optional<Header> findHeader(String uuid, boolean lockForUpdate) {
        var select = headers().where(OPINION_REPORT.UUID.eq(uuid));
        return (lockForUpdate ? select.forUpdate().fetchOptional() : select.fetchOptional()).map(ReportRepository::toHeader);
    }

    Optional<Header> findHeader(long id) {
        return headers().where(OPINION_REPORT.ID.eq(id)).fetchOptional(ReportRepository::toHeader);
    }

    /** The author's other live (submitted, returned or approved) periodic report for the month, if any. */
    Optional<Header> otherPeriodicReport(long authorId, YearMonth period, String exceptUuid) {
        return headers().where(OPINION_REPORT.AUTHOR_ID.eq(authorId)
                        .and(OPINION_REPORT.KIND.eq(ReportKind.PERIODIC.code()))
                        .and(OPINION_REPORT.PERIOD_MONTH.eq(period.atDay(1)))
                        .and(OPINION_REPORT.STATUS.notIn(ReportStatus.DRAFT.code(), ReportStatus.REJECTED.code()))
                        .and(OPINION_REPORT.UUID.ne(exceptUuid)))
                .fetchOptional(ReportRepository::toHeader);
    }

    long insert(ValidReport report, long authorId, ReportStatus status, Instant now) {
        long id = db.insertInto(OPINION_REPORT)
                .set(OPINION_REPORT.UUID, report.uuid())
                .set(OPINION_REPORT.KIND, report.kind().code())
                .set(OPINION_REPORT.PERIOD_MONTH, report.period().atDay(1))
                .set(OPINION_REPORT.TITLE, report.title())
                .set(OPINION_REPORT.AREA_ID, report.area() == null ? null : report.area().id())
                .set(OPINION_REPORT.AUTHOR_ID, authorId)
                .set(OPINION_REPORT.STATUS, status.code())
                .set(OPINION_REPORT.CREATED_AT, now)
                .set(OPINION_REPORT.UPDATED_AT, now)
                .returningResult(OPINION_REPORT.ID)
                .fetchOne(OPINION_REPORT.ID);
        insertStreams(id, report.streams());
        return id;
    }

    /** Replaces what the report says (header and every stream); status and times of submission stay. */
    void updateContent(long id, ValidReport report, Instant now) {
        db.update(OPINION_REPORT)
                .set(OPINION_REPORT.KIND, report.kind().code())
                .set(OPINION_REPORT.PERIOD_MONTH, report.period().atDay(1))
                .set(OPINION_REPORT.TITLE, report.title())
                .set(OPINION_REPORT.AREA_ID, report.area() == null ? null : report.area().id())
                .set(OPINION_REPORT.UPDATED_AT, now)
                .where(OPINION_REPORT.ID.eq(id))
                .execute();
        db.deleteFrom(OPINION_STREAM).where(OPINION_STREAM.REPORT_ID.eq(id)).execute();
        insertStreams(id, report.streams());
    }

    void markSubmitted(long id, ReportStatus status, Instant firstSubmittedAt, Instant submittedAt,
            LocalDate submittedOn, LocalDate dueOn) {
        db.update(OPINION_REPORT)
                .set(OPINION_REPORT.STATUS, status.code())
                .set(OPINION_REPORT.FIRST_SUBMITTED_AT, firstSubmittedAt)
                .set(OPINION_REPORT.SUBMITTED_AT, submittedAt)
                .set(OPINION_REPORT.SUBMITTED_ON, submittedOn)
                .set(OPINION_REPORT.DUE_ON, dueOn)
                .set(OPINION_REPORT.UPDATED_AT, submittedAt)
                .where(OPINION_REPORT.ID.eq(id))
                .execute();
    }

    /** Moves a submitted report on; returns false when someone else moved it first. */
    boolean review(long id, ReportStatus to, long reviewerId, String comment, Instant now) {
        return db.update(OPINION_REPORT)
                .set(OPINION_REPORT.STATUS, to.code())
                .set(OPINION_REPORT.REVIEWER_ID, reviewerId)
                .set(OPINION_REPORT.REVIEW_COMMENT, comment)
                .set(OPINION_REPORT.REVIEWED_AT, now)
                .set(OPINION_REPORT.UPDATED_AT, now)
                .where(OPINION_REPORT.ID.eq(id).and(OPINION_REPORT.STATUS.eq(ReportStatus.SUBMITTED.code())))
                .execute() == 1;
    }

    void delete(long id) {
        db.deleteFrom(OPINION_REPORT).where(OPINION_REPORT.ID.eq(id)).execute();
    }

    /** One of the author's own reports or drafts. */
    Optional<OpinionReport> loadOwn(String uuid, long authorId) {
        return load(OPINION_REPORT.UUID.eq(uuid).and(OPINION_REPORT.AUTHOR_ID.eq(authorId)), authorId);
    }

    /** A report by id, its author shown as {@code viewerId} may know them. */
    Optional<OpinionReport> load(long id, long viewerId) {
        return load(OPINION_REPORT.ID.eq(id), viewerId);
    }

    private Optional<OpinionReport> load(Condition which, long viewerId) {
        return db.select(OPINION_REPORT.fields()).select(AREA.CODE, AREA.NAME, AREA.PATH)
                .select(ReportQueries.AUTHOR_FIELDS)
                .from(OPINION_REPORT)
                .leftJoin(AREA).on(AREA.ID.eq(OPINION_REPORT.AREA_ID))
                .join(APP_USER).on(APP_USER.ID.eq(OPINION_REPORT.AUTHOR_ID))
                .where(which)
                .fetchOptional()
                .map(r -> toReport(r, viewerId));
    }

    private void insertStreams(long reportId, List<ValidReport.Stream> streams) {
        for (int i = 0; i < streams.size(); i++) {
            ValidReport.Stream s = streams.get(i);
            OpinionStreamRecord row = db.newRecord(OPINION_STREAM);
            row.setReportId(reportId);
            row.setPosition(i);
            row.setTopicId(s.topic() == null ? null : s.topic().id());
            row.setDirection(code(s.direction()));
            row.setValence(code(s.valence()));
            row.setIntensity(s.intensity() == null ? null : s.intensity().level());
            row.setBreadth(code(s.breadth()));
            row.setPlaceAreaId(s.place() == null ? null : s.place().id());
            row.setPlaceText(s.placeText());
            row.setSourceType(code(s.sourceType()));
            row.setRumour(s.rumour());
            row.setSummary(s.summary());
            row.setProposals(s.proposals());
            row.store();
            for (HolderGroup holder : s.holderGroups()) {
                db.insertInto(OPINION_STREAM_HOLDER).set(OPINION_STREAM_HOLDER.STREAM_ID, row.getId())
                        .set(OPINION_STREAM_HOLDER.HOLDER_GROUP, holder.code()).execute();
            }
            for (Mood mood : s.moods()) {
                db.insertInto(OPINION_STREAM_MOOD).set(OPINION_STREAM_MOOD.STREAM_ID, row.getId())
                        .set(OPINION_STREAM_MOOD.MOOD, mood.code()).execute();
            }
        }
    }

    private OpinionReport toReport(Record r, long viewerId) {
        long id = r.get(OPINION_REPORT.ID);
        return new OpinionReport(id, r.get(OPINION_REPORT.UUID), scale(ReportKind.class, r.get(OPINION_REPORT.KIND)),
                YearMonth.from(r.get(OPINION_REPORT.PERIOD_MONTH)), r.get(OPINION_REPORT.TITLE), r.get(AREA.CODE),
                r.get(AREA.NAME), r.get(AREA.PATH), ReportQueries.author(r).authorFor(viewerId),
                scale(ReportStatus.class, r.get(OPINION_REPORT.STATUS)), r.get(OPINION_REPORT.CREATED_AT),
                r.get(OPINION_REPORT.UPDATED_AT), r.get(OPINION_REPORT.FIRST_SUBMITTED_AT),
                r.get(OPINION_REPORT.SUBMITTED_AT), r.get(OPINION_REPORT.DUE_ON), r.get(OPINION_REPORT.REVIEWED_AT),
                r.get(OPINION_REPORT.REVIEW_COMMENT), streams(id));
    }

    private List<OpinionStream> streams(long reportId) {
        Map<Long, OpinionTopic> byId = topics.findAll(true).stream()
                .collect(Collectors.toMap(OpinionTopic::id, t -> t));
        Map<Long, Set<HolderGroup>> holders = db.selectFrom(OPINION_STREAM_HOLDER)
                .where(OPINION_STREAM_HOLDER.STREAM_ID.in(streamIds(reportId)))
                .fetchGroups(OPINION_STREAM_HOLDER.STREAM_ID, h -> scale(HolderGroup.class, h.getHolderGroup()))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        Map<Long, Set<Mood>> moods = db.selectFrom(OPINION_STREAM_MOOD)
                .where(OPINION_STREAM_MOOD.STREAM_ID.in(streamIds(reportId)))
                .fetchGroups(OPINION_STREAM_MOOD.STREAM_ID, m -> scale(Mood.class, m.getMood()))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        return db.select(OPINION_STREAM.fields()).select(PLACE.CODE, PLACE.NAME)
                .from(OPINION_STREAM).leftJoin(PLACE).on(PLACE.ID.eq(OPINION_STREAM.PLACE_AREA_ID))
                .where(OPINION_STREAM.REPORT_ID.eq(reportId))
                .orderBy(OPINION_STREAM.POSITION)
                .fetch(s -> new OpinionStream(s.get(OPINION_STREAM.POSITION), byId.get(s.get(OPINION_STREAM.TOPIC_ID)),
                        scale(Direction.class, s.get(OPINION_STREAM.DIRECTION)),
                        scale(Valence.class, s.get(OPINION_STREAM.VALENCE)),
                        Intensity.of(s.get(OPINION_STREAM.INTENSITY)).orElse(null),
                        scale(Breadth.class, s.get(OPINION_STREAM.BREADTH)),
                        holders.getOrDefault(s.get(OPINION_STREAM.ID), Set.of()),
                        moods.getOrDefault(s.get(OPINION_STREAM.ID), Set.of()),
                        s.get(PLACE.CODE), s.get(PLACE.NAME), s.get(OPINION_STREAM.PLACE_TEXT),
                        scale(SourceType.class, s.get(OPINION_STREAM.SOURCE_TYPE)), s.get(OPINION_STREAM.RUMOUR),
                        s.get(OPINION_STREAM.SUMMARY), s.get(OPINION_STREAM.PROPOSALS)));
    }

    private org.jooq.Select<org.jooq.Record1<Long>> streamIds(long reportId) {
        return db.select(OPINION_STREAM.ID).from(OPINION_STREAM).where(OPINION_STREAM.REPORT_ID.eq(reportId));
    }

    private org.jooq.SelectOnConditionStep<Record> headers() {
        return db.select(List.of(OPINION_REPORT.ID, OPINION_REPORT.UUID, OPINION_REPORT.AUTHOR_ID,
                        OPINION_REPORT.KIND, OPINION_REPORT.PERIOD_MONTH, OPINION_REPORT.STATUS,
                        OPINION_REPORT.FIRST_SUBMITTED_AT, OPINION_REPORT.DUE_ON, AREA.PATH))
                .from(OPINION_REPORT).leftJoin(AREA).on(AREA.ID.eq(OPINION_REPORT.AREA_ID));
    }

    private static Header toHeader(Record r) {
        return new Header(r.get(OPINION_REPORT.ID), r.get(OPINION_REPORT.UUID), r.get(OPINION_REPORT.AUTHOR_ID),
                scale(ReportKind.class, r.get(OPINION_REPORT.KIND)), YearMonth.from(r.get(OPINION_REPORT.PERIOD_MONTH)),
                scale(ReportStatus.class, r.get(OPINION_REPORT.STATUS)), r.get(AREA.PATH),
                r.get(OPINION_REPORT.FIRST_SUBMITTED_AT), r.get(OPINION_REPORT.DUE_ON));
    }

    static <E extends Enum<E> & OpinionScale> E scale(Class<E> type, String code) {
        return code == null ? null : OpinionScale.fromCode(type, code).orElseThrow();
    }

    private static String code(OpinionScale value) {
        return value == null ? null : value.code();
    }
}
