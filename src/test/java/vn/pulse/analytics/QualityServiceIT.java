package vn.pulse.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pulse.base.security.Role;
import vn.pulse.statistics.NearDuplicateFlag;
import vn.pulse.statistics.SpeedingFlag;
import vn.pulse.support.IntegrationTest;

/**
 * A surveyor who fabricates interviews (a minute each, always the same answers) is flagged for
 * speeding and near-duplicates with the evidence; the honest surveyor is not flagged for speeding.
 */
class QualityServiceIT extends IntegrationTest {

    @Autowired
    SurveyFixtures fixtures;

    @Autowired
    QualityService quality;

    @Test
    void a_fabricating_surveyor_is_flagged_with_evidence() {
        long survey = fixtures.survey(false);
        fixtures.submit(survey, 60, new Random(5L), "an-honest", false);
        fixtures.submit(survey, 8, new Random(6L), "an-fabricator", true);
        String supervisor = users.ensure("an-supervisor", Role.SUPERVISOR, null);

        QualityReport report = users.as(supervisor, () -> quality.report(survey));

        assertThat(report.responses()).isEqualTo(68);
        QualityReport.SurveyorFlags fabricator = report.surveyors().getFirst();
        assertThat(fabricator.interviews()).isEqualTo(8);
        assertThat(fabricator.speeding()).isEqualTo(8);
        assertThat(fabricator.nearDuplicates()).isEqualTo(7);
        assertThat(fabricator.flags()).anySatisfy(e -> assertThat(e.flag()).isInstanceOfSatisfying(SpeedingFlag.class,
                f -> assertThat(f.seconds()).isEqualTo(60)));
        assertThat(fabricator.flags()).anySatisfy(e -> assertThat(e.flag()).isInstanceOf(NearDuplicateFlag.class));
        QualityReport.SurveyorFlags honest = report.surveyors().get(1);
        assertThat(honest.interviews()).isEqualTo(60);
        assertThat(honest.speeding()).isZero();
    }
}
