package vn.pulse.area.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pulse.area.Area;
import vn.pulse.area.AreaService;

/** Read access to the area tree for API clients (e.g. offline form apps that pick an area). */
@RestController
@RequestMapping("/api/v1/areas")
@Tag(name = "Areas", description = "Administrative areas (provinces and communes) visible to the caller")
class AreaController {

    private final AreaService areas;

    AreaController(AreaService areas) {
        this.areas = areas;
    }

    /** One area as the API shows it. */
    record AreaDto(String code, String name, String parentCode, String level, String type, boolean active) {
        static AreaDto of(Area a) {
            return new AreaDto(a.code(), a.name(), a.parentCode(), a.level(), a.type(), a.active());
        }
    }

    @GetMapping
    @Operation(summary = "Areas the caller may see, in tree order",
            description = "Only the caller's area subtree is listed. Retired areas are left out unless asked for.")
    List<AreaDto> list(
            @Parameter(description = "Include retired areas") @RequestParam(defaultValue = "false") boolean includeRetired,
            @Parameter(description = "Only areas of this level, e.g. province or commune") @RequestParam(required = false) String level,
            @Parameter(description = "Only children of this area code") @RequestParam(required = false) String parent,
            @Parameter(description = "Name contains (diacritics optional)") @RequestParam(required = false) String q) {
        List<Area> found = parent == null ? areas.visible(includeRetired, q) : areas.children(parent, includeRetired);
        return found.stream()
                .filter(a -> level == null || level.equals(a.level()))
                .map(AreaDto::of)
                .toList();
    }
}
