package vn.pulse.analytics.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pulse.analytics.QuestionQuery;
import vn.pulse.analytics.Source;
import vn.pulse.analytics.SurveyAnalytics;
import vn.pulse.base.DomainException;
import vn.pulse.statistics.Estimate;
import vn.pulse.statistics.EstimateTable;
import vn.pulse.statistics.PeriodKind;
import vn.pulse.statistics.WeightingMethod;

/** Design-based estimates of a survey question (issue 5, item 11). */
@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Estimates", description = "Weighted estimates with standard errors, intervals and design effects")
class EstimatesController {

    private final SurveyAnalytics analytics;

    EstimatesController(SurveyAnalytics analytics) {
        this.analytics = analytics;
    }

    /** The design behind the numbers; margins of error exist only when {@code probabilitySample}. */
    record DesignDto(String type, String weighting, boolean probabilitySample) {
    }

    /** Numbers that do not exist (suppressed, no margin of error) are null. */
    record EstimateDto(String option, Double estimate, Double se, Double ciLow, Double ciHigh, Double deff,
                       boolean suppressed) {
        static EstimateDto of(EstimateTable.OptionEstimate o) {
            Estimate e = o.estimate();
            return new EstimateDto(o.option(), number(e.estimate()), number(e.se()), number(e.ciLow()),
                    number(e.ciHigh()), number(e.deff()), e.suppressed());
        }
    }

    record GroupDto(String by, String period, Long n, List<EstimateDto> estimates) {
    }

    record EstimatesDto(String question, DesignDto design, List<GroupDto> groups) {
    }

    @GetMapping("/{id}/estimates")
    @Operation(summary = "Estimates of one question: means for numeric questions, option shares (0..1) for choice "
            + "questions, by group and period, limited to the caller's area and withheld for small cells")
    EstimatesDto estimates(@PathVariable long id,
                           @RequestParam String question,
                           @Parameter(description = "'area' (the areas one level below) or a single-choice question name")
                           @RequestParam(required = false) String by,
                           @Parameter(description = "day, week (ISO, e.g. 2026-W48), month, quarter or wave")
                           @RequestParam(required = false) String period,
                           @Parameter(description = "first day, yyyy-MM-dd, or month, yyyy-MM (inclusive); default "
                                   + "the first answer's")
                           @RequestParam(required = false) String from,
                           @Parameter(description = "last day, yyyy-MM-dd, or month, yyyy-MM (inclusive); default "
                                   + "the last answer's")
                           @RequestParam(required = false) String to,
                           @Parameter(description = "area code; default the caller's whole area")
                           @RequestParam(required = false) String area,
                           @Parameter(description = "only one group of respondents: question=choice, e.g. gioi_tinh=nu")
                           @RequestParam(required = false) String group,
                           @RequestParam(defaultValue = "true") boolean weighted) {
        QuestionQuery query = new QuestionQuery(id, question, area, day(from, false), day(to, true), period(period),
                weighted, group == null || group.isBlank() ? null : QuestionQuery.Group.parse(group));
        EstimateTable table;
        if (by == null || by.isBlank()) {
            table = analytics.estimates(query, false, Source.ROLLUP);
        } else if ("area".equals(by.strip())) {
            table = analytics.estimates(query, true, Source.ROLLUP);
        } else {
            table = analytics.estimatesBy(query, by.strip(), Source.ROLLUP);
        }
        List<WeightingMethod> steps = table.design().weighting();
        DesignDto design = new DesignDto(table.design().type().name().toLowerCase(Locale.ROOT),
                steps.getLast().name().toLowerCase(Locale.ROOT), table.design().probabilitySample());
        return new EstimatesDto(question, design, table.groups().stream()
                .map(g -> new GroupDto(g.by(), g.period(), g.n(), g.estimates().stream().map(EstimateDto::of).toList()))
                .toList());
    }

    /** A day (yyyy-MM-dd), or a month (yyyy-MM): its first day, or its last when it {@code ends} a range. */
    private static LocalDate day(String text, boolean ends) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.strip().length() == "yyyy-MM".length()) {
                YearMonth month = YearMonth.parse(text.strip());
                return ends ? month.atEndOfMonth() : month.atDay(1);
            }
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid_date", "analytics.error.invalidDate", text);
        }
    }

    private static PeriodKind period(String word) {
        if (word == null || word.isBlank()) {
            return null;
        }
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "day" -> PeriodKind.DAY;
            case "week" -> PeriodKind.WEEK;
            case "month" -> PeriodKind.MONTH;
            case "quarter" -> PeriodKind.QUARTER;
            case "wave" -> PeriodKind.WAVE;
            default -> throw DomainException.invalid("invalid_period", "analytics.error.invalidPeriod", word);
        };
    }

    private static Double number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }
}
