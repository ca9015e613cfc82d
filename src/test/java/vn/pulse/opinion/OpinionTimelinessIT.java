package vn.pulse.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pulse.opinion.OpinionFixtures.periodic;
import static vn.pulse.opinion.OpinionFixtures.stream;
import static vn.pulse.opinion.OpinionFixtures.thisMonth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pulse.base.Formats;
import vn.pulse.base.security.Role;
import vn.pulse.support.IntegrationTest;

/** Who reported on time, late or not at all, against deadlines set per area. Province 22. */
class OpinionTimelinessIT extends IntegrationTest {

    @Autowired
    OpinionTimelinessService timeliness;

    @Autowired
    OpinionReportService reports;

    @Autowired
    OpinionReportImport imports;

    @Autowired
    OpinionFixtures fixtures;

    String supervisor;
    String admin;

    @BeforeEach
    void accounts() {
        supervisor = fixtures.supervisor("time-sup-22", "22");
        admin = users.ensure("time-admin", Role.ADMIN, null);
    }

    @Test
    void on_time_late_missing_and_not_yet_due_are_told_apart_with_days_late() {
        YearMonth month = thisMonth().minusMonths(2);
        for (String name : List.of("time-ctv-ontime", "time-ctv-late", "time-ctv-missing")) {
            fixtures.collaborator(name, "22");
            fixtures.accountCreatedMonthsAgo(name, 3);
        }
        fixtures.collaborator("time-ctv-new", "22");
        LocalDate due = ReportingPeriod.monthly(month, 5).dueOn();
        file("time-ctv-ontime", "22", month, due.minusDays(2));
        file("time-ctv-late", "22", month, due.plusDays(3));

        Map<String, CollaboratorTimeliness> rows = byName(users.as(supervisor, () -> timeliness.timeliness(month)));
        assertThat(rows.get("time-ctv-ontime").punctuality()).isEqualTo(Punctuality.ON_TIME);
        assertThat(rows.get("time-ctv-ontime").dueOn()).isEqualTo(due);
        assertThat(rows.get("time-ctv-late").punctuality()).isEqualTo(Punctuality.LATE);
        assertThat(rows.get("time-ctv-late").daysLate()).isEqualTo(3);
        assertThat(rows.get("time-ctv-missing").punctuality()).isEqualTo(Punctuality.MISSING);
        assertThat(rows.get("time-ctv-missing").daysLate()).isPositive();
        assertThat(rows).doesNotContainKey("time-ctv-new");

        TimelinessSummary summary = users.as(supervisor, () -> timeliness.summary(month));
        assertThat(summary.onTime()).isEqualTo(1);
        assertThat(summary.late()).isEqualTo(1);
        assertThat(summary.missing()).isEqualTo(1);
        assertThat(summary.lateOrMissing()).isEqualTo(2);
        assertThat(summary.averageDaysLate()).isEqualTo(3.0);

        Map<String, CollaboratorTimeliness> current = byName(users.as(supervisor, () -> timeliness.timeliness(thisMonth())));
        assertThat(current.get("time-ctv-new").punctuality()).isEqualTo(Punctuality.NOT_DUE);

        assertThat(users.as("time-ctv-missing", () -> reports.periodsDue()))
                .anySatisfy(p -> {
                    assertThat(p.period()).isEqualTo(month);
                    assertThat(p.overdue()).isTrue();
                })
                .noneMatch(p -> p.period().isBefore(thisMonth().minusMonths(3)));
        assertThat(users.as("time-ctv-ontime", () -> reports.periodsDue())).noneMatch(p -> p.period().equals(month));
    }

    @Test
    void a_deadline_rule_of_a_commune_applies_below_the_province_rule_and_keeps_earlier_deadlines() {
        String commune = fixtures.communeOf("22");
        String near = fixtures.collaborator("time-ctv-commune", commune);
        fixtures.accountCreatedMonthsAgo(near, 3);
        YearMonth month = thisMonth().minusMonths(2);
        file(near, commune, month, ReportingPeriod.monthly(month, 5).dueOn().plusDays(1));

        users.as(supervisor, () -> timeliness.setDueDay("22", 10));
        users.as(supervisor, () -> timeliness.setDueDay(commune, 20));
        assertThat(users.as(supervisor, () -> timeliness.dueDayFor("22"))).isEqualTo(10);
        assertThat(users.as(supervisor, () -> timeliness.dueDayFor(commune))).isEqualTo(20);
        assertThat(users.as(supervisor, () -> timeliness.deadlineRules())).extracting(DeadlineRule::areaCode)
                .contains("22", commune);

        CollaboratorTimeliness filed = byName(users.as(supervisor, () -> timeliness.timeliness(month))).get(near);
        assertThat(filed.punctuality()).as("judged by the deadline in force when it came").isEqualTo(Punctuality.LATE);
        assertThat(users.as(near, () -> reports.periodsDue())).filteredOn(p -> p.period().equals(thisMonth()))
                .singleElement().satisfies(p -> assertThat(p.dueOn().getDayOfMonth()).isEqualTo(20));

        users.as(supervisor, () -> timeliness.clearDueDay(commune));
        users.as(supervisor, () -> timeliness.clearDueDay("22"));
        assertThat(users.as(supervisor, () -> timeliness.dueDayFor(commune))).isEqualTo(5);
    }

    private void file(String collaborator, String area, YearMonth month, LocalDate on) {
        Instant at = on.atTime(LocalTime.NOON).atZone(Formats.ZONE).toInstant();
        SubmissionResult result = users.as(admin, () -> imports.createAs(collaborator, periodic(month, area,
                stream("gia_ca", Direction.OPPOSE, Valence.NEGATIVE)), at, ReportStatus.SUBMITTED));
        assertThat(result.errors()).isEmpty();
    }

    private Map<String, CollaboratorTimeliness> byName(List<CollaboratorTimeliness> rows) {
        return rows.stream().filter(r -> r.collaborator().name() != null).collect(Collectors.toMap(
                r -> r.collaborator().name().replace("Người thử ", ""), r -> r));
    }
}
