package vn.pulse.area;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.AreaScope;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;

/**
 * The administrative area tree. Everyone reads the areas of their own scope; administrators add,
 * rename, retire and import areas inside theirs. Areas are never deleted.
 */
@Service
public class AreaService {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z_-]{1,16}");
    private static final Pattern TOKEN = Pattern.compile("[a-z_]{1,20}");
    private static final int MAX_NAME = 200;

    private final AreaRepository areas;
    private final AuditTrail audit;
    private final Clock clock;

    AreaService(AreaRepository areas, AuditTrail audit, Clock clock) {
        this.areas = areas;
        this.audit = audit;
        this.clock = clock;
    }

    /** Areas in the caller's scope, in tree order; optionally with retired ones and a name filter. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Area> visible(boolean includeRetired, String search) {
        return areas.findAll(CurrentUser.scope(), includeRetired, search);
    }

    /** Children of an area (or the provinces when {@code parentCode} is null), within the caller's scope. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Area> children(String parentCode, boolean includeRetired) {
        return areas.findChildren(parentCode, CurrentUser.scope(), includeRetired);
    }

    /** An area in the caller's scope. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Area> find(String code) {
        return areas.findByCode(code).filter(a -> CurrentUser.scope().covers(a.path()));
    }

    /** An area by code whatever the caller's scope: for resolving a user's own scope at sign-in. */
    @Transactional(readOnly = true)
    public Optional<Area> findForScope(String code) {
        return areas.findByCode(code);
    }

    @Transactional(readOnly = true)
    public Optional<Area> findById(long id) {
        return areas.findById(id);
    }

    /** The name an area had at an instant (e.g. when a response was collected). */
    @Transactional(readOnly = true)
    public Optional<String> nameAt(long areaId, Instant at) {
        return areas.nameAt(areaId, at);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public Area add(AreaDraft draft) {
        validate(draft);
        if (areas.findByCode(draft.code()).isPresent()) {
            throw DomainException.conflict("area_code_taken", "area.error.codeTaken", draft.code());
        }
        Area parent = parentOf(draft);
        String path = (parent == null ? "/" : parent.path()) + draft.code() + "/";
        requireScope(path);
        long id = areas.insert(draft, parent == null ? null : parent.id(), path, Instant.now(clock));
        audit.record("area.added", "area", draft.code(), path, draft.name());
        return areas.findById(id).orElseThrow();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public Area rename(String code, String newName) {
        Area area = requireInScope(code);
        String name = newName == null ? "" : newName.strip();
        validateName(name);
        if (!name.equals(area.name())) {
            areas.rename(area.id(), name, Instant.now(clock));
            audit.record("area.renamed", "area", code, area.path(), area.name() + " → " + name);
        }
        return areas.findById(area.id()).orElseThrow();
    }

    /** Retires an area: it stays with its history but is no longer offered for new work. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public Area retire(String code) {
        Area area = requireInScope(code);
        if (areas.hasActiveChildren(area.id())) {
            throw DomainException.conflict("area_has_active_children", "area.error.activeChildren", area.name());
        }
        areas.setActive(area.id(), false, Instant.now(clock));
        audit.record("area.retired", "area", code, area.path(), area.name());
        return areas.findById(area.id()).orElseThrow();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public Area reactivate(String code) {
        Area area = requireInScope(code);
        areas.setActive(area.id(), true, Instant.now(clock));
        audit.record("area.reactivated", "area", code, area.path(), area.name());
        return areas.findById(area.id()).orElseThrow();
    }

    /**
     * Imports areas from CSV ({@code code,name,level,type,parent_code}, UTF-8): new codes are
     * added, changed names renamed, changed parents moved. All or nothing: any bad line and
     * nothing is written; the result lists every bad line.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public AreaImportResult importCsv(InputStream csv, String fileName) {
        AreaImportResult result = new AreaCsvImport(this, areas, csv).run(Instant.now(clock));
        if (result.ok()) {
            audit.record("area.imported", "area", fileName, CurrentUser.scope().path(),
                    "added=" + result.added() + " renamed=" + result.renamed() + " moved=" + result.moved());
        }
        return result;
    }

    void validate(AreaDraft draft) {
        if (draft.code() == null || !CODE.matcher(draft.code()).matches()) {
            throw DomainException.invalid("area_code_invalid", "area.error.code");
        }
        validateName(draft.name());
        if (draft.level() == null || !TOKEN.matcher(draft.level()).matches()) {
            throw DomainException.invalid("area_level_invalid", "area.error.level");
        }
        if (draft.type() == null || !TOKEN.matcher(draft.type()).matches()) {
            throw DomainException.invalid("area_type_invalid", "area.error.type");
        }
    }

    private static void validateName(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw DomainException.invalid("area_name_invalid", "area.error.name", MAX_NAME);
        }
    }

    Area parentOf(AreaDraft draft) {
        if (draft.parentCode() == null) {
            return null;
        }
        Area parent = areas.findByCode(draft.parentCode())
                .orElseThrow(() -> DomainException.invalid("area_parent_unknown", "area.error.parentUnknown",
                        draft.parentCode()));
        if (!parent.active()) {
            throw DomainException.invalid("area_parent_retired", "area.error.parentRetired", parent.name());
        }
        return parent;
    }

    private Area requireInScope(String code) {
        Area area = areas.findByCode(code)
                .orElseThrow(() -> DomainException.notFound("area_not_found", "area.error.notFound", code));
        requireScope(area.path());
        return area;
    }

    static void requireScope(String path) {
        AreaScope scope = CurrentUser.scope();
        if (!scope.covers(path)) {
            throw new AccessDeniedException("area " + path + " outside scope " + scope.path());
        }
    }
}
