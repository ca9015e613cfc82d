package vn.pulse.analytics.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pulse.analytics.AnalyticsRollups;
import vn.pulse.analytics.SurveyAnalytics;

/** Administrators rebuild the dashboards' rollups from the raw responses and choose the key groups they keep. */
@RestController
@RequestMapping("/api/v1/analytics/rollups")
@Tag(name = "Analytics")
class RollupController {

    private final AnalyticsRollups rollups;
    private final SurveyAnalytics analytics;

    RollupController(AnalyticsRollups rollups, SurveyAnalytics analytics) {
        this.rollups = rollups;
        this.analytics = analytics;
    }

    record Rebuilt(List<Long> surveys) {
    }

    record Groups(List<String> questions) {
    }

    @GetMapping("/groups")
    @Operation(summary = "The key group questions (single-choice) the rollups of a survey are kept by")
    Groups groups(@RequestParam long survey) {
        return new Groups(analytics.groups(survey));
    }

    @PutMapping("/groups")
    @Operation(summary = "Set the key group questions of a survey's rollups (e.g. sex, age group) and rebuild them")
    Groups setGroups(@RequestParam long survey, @RequestBody Groups groups) {
        rollups.setGroups(survey, groups.questions() == null ? List.of() : groups.questions());
        return new Groups(analytics.groups(survey));
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
