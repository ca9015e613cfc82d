package vn.pulse.reporting;

import static vn.pulse.jooq.Tables.AREA;
import static vn.pulse.jooq.Tables.REPORT_DOCUMENT;
import static vn.pulse.jooq.Tables.REPORT_FILE;
import static vn.pulse.jooq.Tables.REPORT_NUMBER;
import static vn.pulse.jooq.Tables.REPORT_READER;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.pulse.base.security.PulseUser;
import vn.pulse.base.security.Role;

/** SQL of the archive: numbering, storing documents with their files and readers, and reading them back. */
@Repository
class ArchiveRepository {

    /** The archive lists at most this many documents; older ones are found by narrowing. */
    static final int LIMIT = 300;
    private final DSLContext db;

    ArchiveRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * The next number of an issuing body's register for the year. Runs in the caller's
     * transaction, whose lock on the counter row makes concurrent documents wait their turn.
     */
    int nextNumber(long areaId, String symbol, int year) {
        db.insertInto(REPORT_NUMBER)
                .set(REPORT_NUMBER.AREA_ID, areaId).set(REPORT_NUMBER.SYMBOL, symbol)
                .set(REPORT_NUMBER.ISSUED_YEAR, year).set(REPORT_NUMBER.LAST_NUMBER, 1)
                .onDuplicateKeyUpdate().set(REPORT_NUMBER.LAST_NUMBER, REPORT_NUMBER.LAST_NUMBER.plus(1))
                .execute();
        return db.select(REPORT_NUMBER.LAST_NUMBER).from(REPORT_NUMBER)
                .where(REPORT_NUMBER.AREA_ID.eq(areaId).and(REPORT_NUMBER.SYMBOL.eq(symbol))
                        .and(REPORT_NUMBER.ISSUED_YEAR.eq(year)))
                .fetchOne(REPORT_NUMBER.LAST_NUMBER);
    }

    /** What a new archived document records. */
    record NewDocument(long runId, ReportSpec spec, String title, int number, String parameters, String author,
            Long authorId, String authorName) {
    }

    /** A rendered file with the SHA-256 (hex) of its bytes. */
    record RenderedFile(byte[] content, String sha256) {
    }

    long insert(NewDocument d, Map<ReportFormat, RenderedFile> files, Instant now) {
        ReportSpec spec = d.spec();
        long id = db.insertInto(REPORT_DOCUMENT)
                .set(REPORT_DOCUMENT.RUN_ID, d.runId())
                .set(REPORT_DOCUMENT.KIND, spec.kind().code())
                .set(REPORT_DOCUMENT.AREA_ID, spec.area().id())
                .set(REPORT_DOCUMENT.AREA_PATH, spec.area().path())
                .set(REPORT_DOCUMENT.PERIOD_CODE, spec.period().code())
                .set(REPORT_DOCUMENT.PERIOD_FROM, spec.period().from())
                .set(REPORT_DOCUMENT.PERIOD_TO, spec.period().to())
                .set(REPORT_DOCUMENT.TITLE, d.title())
                .set(REPORT_DOCUMENT.ISSUED_YEAR, spec.issuedOn().getYear())
                .set(REPORT_DOCUMENT.NUMBER, d.number())
                .set(REPORT_DOCUMENT.SYMBOL, spec.letterhead().symbol())
                .set(REPORT_DOCUMENT.ISSUED_ON, spec.issuedOn())
                .set(REPORT_DOCUMENT.SECRECY, spec.secrecy().code())
                .set(REPORT_DOCUMENT.PARAMETERS, d.parameters())
                .set(REPORT_DOCUMENT.AUTHOR, d.author())
                .set(REPORT_DOCUMENT.AUTHOR_ID, d.authorId())
                .set(REPORT_DOCUMENT.AUTHOR_NAME, d.authorName())
                .set(REPORT_DOCUMENT.CREATED_AT, now)
                .returningResult(REPORT_DOCUMENT.ID)
                .fetchOne(REPORT_DOCUMENT.ID);
        files.forEach((format, file) -> db.insertInto(REPORT_FILE)
                .set(REPORT_FILE.DOCUMENT_ID, id).set(REPORT_FILE.FORMAT, format.extension())
                .set(REPORT_FILE.SIZE_BYTES, (long) file.content().length).set(REPORT_FILE.SHA256, file.sha256())
                .set(REPORT_FILE.CONTENT, file.content()).execute());
        spec.readers().forEach(reader -> db.insertInto(REPORT_READER)
                .set(REPORT_READER.DOCUMENT_ID, id).set(REPORT_READER.USER_ID, reader.id()).execute());
        return id;
    }

    /** The documents the user may read, newest first. */
    List<ArchivedReport> readable(PulseUser user) {
        return withFiles(select().where(readableBy(user))
                .orderBy(REPORT_DOCUMENT.CREATED_AT.desc(), REPORT_DOCUMENT.ID.desc()).limit(LIMIT).fetch());
    }

    Optional<ArchivedReport> readable(PulseUser user, long id) {
        return withFiles(select().where(readableBy(user).and(REPORT_DOCUMENT.ID.eq(id))).fetch()).stream().findFirst();
    }

    Optional<byte[]> content(long id, ReportFormat format) {
        return db.select(REPORT_FILE.CONTENT).from(REPORT_FILE)
                .where(REPORT_FILE.DOCUMENT_ID.eq(id).and(REPORT_FILE.FORMAT.eq(format.extension())))
                .fetchOptional(REPORT_FILE.CONTENT);
    }

    /**
     * Who may read a document: leaders and supervisors whose area holds the document's area; a
     * document with a secrecy mark only the leaders among them, its author and its readers.
     */
    static Condition readableBy(PulseUser user) {
        Condition inScope = user.scope().isNational() ? DSL.trueCondition()
                : REPORT_DOCUMENT.AREA_PATH.like(user.scope().likePattern());
        Condition marked = user.hasRole(Role.LEADER) ? DSL.trueCondition()
                : REPORT_DOCUMENT.SECRECY.eq(Secrecy.NONE.code())
                        .or(REPORT_DOCUMENT.AUTHOR_ID.eq(user.id()))
                        .or(DSL.exists(DSL.selectOne().from(REPORT_READER)
                                .where(REPORT_READER.DOCUMENT_ID.eq(REPORT_DOCUMENT.ID)
                                        .and(REPORT_READER.USER_ID.eq(user.id())))));
        boolean reads = user.hasRole(Role.LEADER) || user.hasRole(Role.SUPERVISOR);
        return reads ? inScope.and(marked) : DSL.falseCondition();
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(REPORT_DOCUMENT.fields()).select(AREA.CODE, AREA.NAME)
                .from(REPORT_DOCUMENT).join(AREA).on(AREA.ID.eq(REPORT_DOCUMENT.AREA_ID));
    }

    /** The documents with their files' sizes and hashes (never their bytes), in one more query. */
    private List<ArchivedReport> withFiles(List<Record> documents) {
        List<Long> ids = documents.stream().map(r -> r.get(REPORT_DOCUMENT.ID)).toList();
        Map<Long, List<ArchivedFile>> files = db.select(REPORT_FILE.DOCUMENT_ID, REPORT_FILE.FORMAT,
                        REPORT_FILE.SIZE_BYTES, REPORT_FILE.SHA256)
                .from(REPORT_FILE).where(REPORT_FILE.DOCUMENT_ID.in(ids))
                .fetchGroups(REPORT_FILE.DOCUMENT_ID, f -> new ArchivedFile(
                        ReportFormat.fromExtension(f.get(REPORT_FILE.FORMAT)).orElseThrow(), f.get(REPORT_FILE.SIZE_BYTES),
                        f.get(REPORT_FILE.SHA256)));
        return documents.stream().map(r -> toReport(r, files.getOrDefault(r.get(REPORT_DOCUMENT.ID), List.of())
                .stream().sorted(java.util.Comparator.comparing(ArchivedFile::format)).toList())).toList();
    }

    private static ArchivedReport toReport(Record r, List<ArchivedFile> files) {
        long id = r.get(REPORT_DOCUMENT.ID);
        return new ArchivedReport(id, ReportKind.fromCode(r.get(REPORT_DOCUMENT.KIND)).orElseThrow(), r.get(AREA.CODE),
                r.get(AREA.NAME), r.get(REPORT_DOCUMENT.AREA_PATH), r.get(REPORT_DOCUMENT.PERIOD_CODE),
                r.get(REPORT_DOCUMENT.TITLE),
                DocumentFrame.numberLine(r.get(REPORT_DOCUMENT.NUMBER), r.get(REPORT_DOCUMENT.SYMBOL)),
                r.get(REPORT_DOCUMENT.ISSUED_ON), Secrecy.fromCode(r.get(REPORT_DOCUMENT.SECRECY)).orElseThrow(),
                r.get(REPORT_DOCUMENT.AUTHOR), r.get(REPORT_DOCUMENT.AUTHOR_NAME), r.get(REPORT_DOCUMENT.CREATED_AT),
                files);
    }
}
