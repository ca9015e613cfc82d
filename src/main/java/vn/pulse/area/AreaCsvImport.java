package vn.pulse.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import vn.pulse.area.AreaImportResult.LineError;
import vn.pulse.base.DomainException;

/**
 * One run of an area CSV import: reads and checks every line first, writes only when all are good.
 * Parents may appear earlier in the same file or already exist.
 */
class AreaCsvImport {

    static final List<String> COLUMNS = List.of("code", "name", "level", "type", "parent_code");
    private static final int MAX_LINES = 20_000;

    private final AreaService service;
    private final AreaRepository areas;
    private final InputStream input;
    private final Map<String, Integer> lineOf = new HashMap<>();

    AreaCsvImport(AreaService service, AreaRepository areas, InputStream input) {
        this.service = service;
        this.areas = areas;
        this.input = input;
    }

    AreaImportResult run(Instant now) {
        List<LineError> errors = new ArrayList<>();
        Map<String, AreaDraft> drafts = read(errors);
        if (!errors.isEmpty()) {
            return new AreaImportResult(0, 0, 0, 0, errors);
        }
        checkDrafts(drafts, errors);
        if (!errors.isEmpty()) {
            return new AreaImportResult(0, 0, 0, 0, errors);
        }
        return write(drafts, now);
    }

    private Map<String, AreaDraft> read(List<LineError> errors) {
        Map<String, AreaDraft> drafts = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(input).get(),
                StandardCharsets.UTF_8); var parser = format.parse(reader)) {
            List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                errors.add(new LineError(1, String.join(",", missing), "area.import.missingColumns",
                        List.of(String.join(", ", missing))));
                return drafts;
            }
            for (CSVRecord row : parser) {
                int line = (int) row.getRecordNumber() + 1;
                if (line > MAX_LINES) {
                    errors.add(new LineError(line, null, "area.import.tooManyLines", List.of(MAX_LINES)));
                    break;
                }
                AreaDraft draft = new AreaDraft(row.get("code"), row.get("name"), row.get("level"), row.get("type"),
                        row.get("parent_code"));
                if (drafts.putIfAbsent(draft.code(), draft) != null) {
                    errors.add(new LineError(line, "code", "area.import.duplicateCode", List.of(draft.code())));
                }
                lineOf.putIfAbsent(draft.code(), line);
                check(line, () -> service.validate(draft), errors);
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            errors.add(new LineError(1, null, "area.import.unreadable", List.of(String.valueOf(e.getMessage()))));
        }
        return drafts;
    }

    /** Parents must exist, in the file or in the database, and no area may be its own ancestor. */
    private void checkDrafts(Map<String, AreaDraft> drafts, List<LineError> errors) {
        for (AreaDraft draft : drafts.values()) {
            int line = lineOf.get(draft.code());
            String parent = draft.parentCode();
            if (parent != null && !drafts.containsKey(parent) && areas.findByCode(parent).isEmpty()) {
                errors.add(new LineError(line, "parent_code", "area.error.parentUnknown", List.of(parent)));
            } else if (isOwnAncestor(draft, drafts)) {
                errors.add(new LineError(line, "parent_code", "area.import.ownParent", List.of(draft.code())));
            }
        }
    }

    private static boolean isOwnAncestor(AreaDraft draft, Map<String, AreaDraft> drafts) {
        String ancestor = draft.parentCode();
        for (int depth = 0; ancestor != null && depth < 64; depth++) {
            if (Objects.equals(ancestor, draft.code())) {
                return true;
            }
            AreaDraft next = drafts.get(ancestor);
            ancestor = next == null ? null : next.parentCode();
        }
        return ancestor != null;
    }

    private AreaImportResult write(Map<String, AreaDraft> drafts, Instant now) {
        int added = 0;
        int renamed = 0;
        int moved = 0;
        int unchanged = 0;
        for (AreaDraft draft : ordered(drafts)) {
            Area parent = draft.parentCode() == null ? null : areas.findByCode(draft.parentCode()).orElseThrow();
            String path = (parent == null ? "/" : parent.path()) + draft.code() + "/";
            AreaService.requireScope(path);
            var existing = areas.findByCode(draft.code());
            if (existing.isEmpty()) {
                areas.insert(draft, parent == null ? null : parent.id(), path, now);
                added++;
            } else {
                Area area = existing.get();
                boolean changed = false;
                if (!area.name().equals(draft.name())) {
                    areas.rename(area.id(), draft.name(), now);
                    renamed++;
                    changed = true;
                }
                if (!area.path().equals(path)) {
                    areas.move(area, parent == null ? null : parent.id(), path);
                    moved++;
                    changed = true;
                }
                unchanged += changed ? 0 : 1;
            }
        }
        return new AreaImportResult(added, renamed, moved, unchanged, List.of());
    }

    /** Parents before children, so every parent exists when its child is written. */
    private static List<AreaDraft> ordered(Map<String, AreaDraft> drafts) {
        List<AreaDraft> result = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (AreaDraft draft : drafts.values()) {
            visit(draft, drafts, done, result);
        }
        return result;
    }

    private static void visit(AreaDraft draft, Map<String, AreaDraft> drafts, Set<String> done,
            List<AreaDraft> result) {
        if (!done.add(draft.code())) {
            return;
        }
        AreaDraft parent = draft.parentCode() == null ? null : drafts.get(draft.parentCode());
        if (parent != null) {
            visit(parent, drafts, done, result);
        }
        result.add(draft);
    }

    private static void check(int line, Runnable validation, List<LineError> errors) {
        try {
            validation.run();
        } catch (DomainException e) {
            errors.add(new LineError(line, null, e.messageKey(), List.of(e.args())));
        }
    }
}
