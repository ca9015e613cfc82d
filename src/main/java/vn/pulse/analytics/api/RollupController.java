package vn.pulse.analytics.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pulse.analytics.AnalyticsRollups;

/** Administrators rebuild the dashboards' rollups from the raw responses. */
@RestController
@RequestMapping("/api/v1/analytics/rollups")
@Tag(name = "Analytics")
class RollupController {

    private final AnalyticsRollups rollups;

    RollupController(AnalyticsRollups rollups) {
        this.rollups = rollups;
    }

    record Rebuilt(List<Long> surveys) {
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Recompute the rollups of one survey (survey=id) or of all surveys from the raw responses")
    Rebuilt rebuild(@RequestParam(required = false) Long survey) {
        if (survey != null) {
            rollups.rebuild(survey);
            return new Rebuilt(List.of(survey));
        }
        return new Rebuilt(rollups.rebuildAll());
    }
}
