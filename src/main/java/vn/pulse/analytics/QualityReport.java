package vn.pulse.analytics;

import java.time.LocalDate;
import java.util.List;
import vn.pulse.statistics.QualityFlag;

/**
 * The data-quality detectors' findings on one survey, by surveyor, within the caller's area.
 * A flag is a reason to look, not a verdict.
 *
 * @param responses responses checked (submitted and approved ones of the area)
 */
public record QualityReport(long surveyId, long responses, List<SurveyorFlags> surveyors) {

    public QualityReport {
        surveyors = List.copyOf(surveyors);
    }

    /**
     * @param interviews the surveyor's responses checked
     * @param flags      every flag on their responses or on them, with its evidence
     */
    public record SurveyorFlags(long surveyorId, String surveyor, String areaName, long interviews, long speeding,
                                long straightLining, long nearDuplicates, long deviations, List<Evidence> flags) {
        public SurveyorFlags {
            flags = List.copyOf(flags);
        }

        public long total() {
            return speeding + straightLining + nearDuplicates + deviations;
        }
    }

    /** One flag with where and when: the response (null for a surveyor-level deviation). */
    public record Evidence(Long responseId, LocalDate interviewDate, String areaName, QualityFlag flag) {
    }
}
