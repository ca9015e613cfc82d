package vn.pulse.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pulse.opinion.OpinionFixtures.stream;
import static vn.pulse.opinion.OpinionFixtures.urgent;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pulse.base.DomainException;
import vn.pulse.base.Formats;
import vn.pulse.base.security.Role;
import vn.pulse.support.IntegrationTest;

/** Stream counts per topic × direction × ISO week × area for analytics. Provinces 24 and 25. */
class OpinionStatisticsIT extends IntegrationTest {

    /** A Wednesday in the past (ISO week 2026-W37) and the next week's Monday at 06:30 local time. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 9, 9);
    private static final LocalDate NEXT_MONDAY = LocalDate.of(2026, 9, 14);

    @Autowired
    OpinionStatistics statistics;

    @Autowired
    OpinionReportImport imports;

    @Autowired
    OpinionReviewService review;

    @Autowired
    OpinionFixtures fixtures;

    @Test
    void streams_are_counted_per_topic_direction_week_and_area_with_their_negative_share() {
        String admin = users.ensure("stat-admin", Role.ADMIN, null);
        String supervisor = fixtures.supervisor("stat-sup-24", "24");
        String leader = users.ensure("stat-leader-24", Role.LEADER, "24");
        String commune = fixtures.communeOf("24");
        fixtures.collaborator("stat-ctv-24", "24");
        fixtures.collaborator("stat-ctv-25", "25");

        file(admin, "stat-ctv-24", commune, WEDNESDAY, ReportStatus.APPROVED,
                stream("gia_ca", Direction.OPPOSE, Valence.NEGATIVE), stream("y_te", Direction.APPROVE, Valence.POSITIVE));
        file(admin, "stat-ctv-24", commune, WEDNESDAY.plusDays(1), ReportStatus.SUBMITTED,
                stream("gia_ca", Direction.OPPOSE, Valence.MIXED));
        long returned = file(admin, "stat-ctv-24", commune, WEDNESDAY, ReportStatus.SUBMITTED,
                stream("gia_ca", Direction.OPPOSE, Valence.NEGATIVE));
        users.as(supervisor, () -> review.returnToAuthor(returned, "Bổ sung số liệu."));
        file(admin, "stat-ctv-24", "24", NEXT_MONDAY, ReportStatus.APPROVED,
                stream("gia_ca", Direction.OPPOSE, Valence.NEGATIVE));
        file(admin, "stat-ctv-25", "25", WEDNESDAY, ReportStatus.APPROVED,
                stream("gia_ca", Direction.OPPOSE, Valence.NEGATIVE));

        StreamCounts counts = users.as(leader, () -> statistics.streamCounts(null, WEDNESDAY.minusDays(10),
                NEXT_MONDAY.plusDays(3)));
        assertThat(counts.scopePath()).isEqualTo("/24/");
        assertThat(counts.countedStatuses()).containsExactlyInAnyOrder(ReportStatus.SUBMITTED, ReportStatus.APPROVED);
        assertThat(counts.includesUnreviewed()).isTrue();
        assertThat(counts.rows()).allMatch(r -> r.areaPath().startsWith("/24/"));

        StreamCount prices = find(counts, "gia_ca", commune, WEDNESDAY.with(DayOfWeek.MONDAY));
        assertThat(prices.isoWeek()).isEqualTo("2026-W37");
        assertThat(prices.direction()).isEqualTo(Direction.OPPOSE);
        assertThat(prices.streams()).as("the returned report is not counted").isEqualTo(2);
        assertThat(prices.negative()).isEqualTo(1);
        assertThat(prices.negativeShare()).isEqualTo(0.5);
        assertThat(prices.unreviewed()).isEqualTo(1);
        assertThat(prices.reports()).isEqualTo(2);
        assertThat(find(counts, "y_te", commune, WEDNESDAY.with(DayOfWeek.MONDAY)).negative()).isZero();
        StreamCount nextWeek = find(counts, "gia_ca", "24", NEXT_MONDAY);
        assertThat(nextWeek.isoWeek()).isEqualTo("2026-W38");
        assertThat(nextWeek.streams()).isEqualTo(1);

        assertThatThrownBy(() -> users.as(leader, () -> statistics.streamCounts("25", WEDNESDAY, NEXT_MONDAY)))
                .isInstanceOf(DomainException.class);
        StreamCounts national = users.as(admin, () -> statistics.streamCounts("25", WEDNESDAY, NEXT_MONDAY));
        assertThat(national.rows()).singleElement().satisfies(r -> assertThat(r.areaCode()).isEqualTo("25"));
    }

    @Test
    void streams_of_the_counted_reports_are_listed_with_what_they_say_and_never_who_said_it() {
        String admin = users.ensure("stat-admin", Role.ADMIN, null);
        String leader = users.ensure("stat-leader-22", Role.LEADER, "22");
        fixtures.collaborator("stat-ctv-22", "22");
        long approved = file(admin, "stat-ctv-22", "22", WEDNESDAY, ReportStatus.APPROVED,
                stream("dat_dai", Direction.OPPOSE, Valence.NEGATIVE), stream("y_te", Direction.APPROVE, Valence.POSITIVE));
        long pending = file(admin, "stat-ctv-22", "22", WEDNESDAY, ReportStatus.SUBMITTED,
                stream("dat_dai", Direction.UNDECIDED, Valence.MIXED));
        file(admin, "stat-ctv-22", "22", WEDNESDAY.minusDays(30), ReportStatus.APPROVED,
                stream("dat_dai", Direction.OPPOSE, Valence.NEGATIVE));

        List<ReportedStream> streams = users.as(leader, () -> statistics.streams(null, WEDNESDAY.minusDays(2),
                WEDNESDAY.plusDays(2)));

        assertThat(streams).extracting(ReportedStream::reportId).containsExactly(approved, approved, pending);
        ReportedStream land = streams.getFirst();
        assertThat(land.topic().code()).isEqualTo("dat_dai");
        assertThat(land.negative()).isTrue();
        assertThat(land.breadth()).isEqualTo(Breadth.MAJORITY);
        assertThat(land.holderGroups()).containsExactlyInAnyOrder(HolderGroup.FARMERS, HolderGroup.RETIREES);
        assertThat(land.moods()).containsExactly(Mood.WORRIED);
        assertThat(land.proposals()).isEqualTo("Đề nghị tăng cường kiểm tra giá.");
        assertThat(land.submittedOn()).isEqualTo(WEDNESDAY);
        assertThat(land.unreviewed()).isFalse();
        assertThat(streams.get(2).unreviewed()).isTrue();
        assertThat(java.util.Arrays.stream(ReportedStream.class.getRecordComponents()).map(c -> c.getName()))
                .noneMatch(name -> name.toLowerCase().contains("author"));
        assertThatThrownBy(() -> users.as(leader, () -> statistics.streams("25", WEDNESDAY, WEDNESDAY)))
                .isInstanceOf(DomainException.class);
    }

    private long file(String admin, String collaborator, String area, LocalDate on, ReportStatus status,
            StreamInput... streams) {
        // 06:30 in Hà Nội is still the day before in UTC: the week must follow the local date
        Instant at = on.atTime(LocalTime.of(6, 30)).atZone(Formats.ZONE).toInstant();
        SubmissionResult result = users.as(admin, () -> imports.createAs(collaborator, urgent("Giá cả", area, streams),
                at, status));
        assertThat(result.errors()).isEmpty();
        return result.reportId();
    }

    private static StreamCount find(StreamCounts counts, String topic, String area, LocalDate weekStart) {
        List<StreamCount> found = counts.rows().stream().filter(r -> r.topic().code().equals(topic)
                && r.areaCode().equals(area) && r.weekStart().equals(weekStart)).toList();
        assertThat(found).as(topic + " " + area + " " + weekStart).hasSize(1);
        return found.getFirst();
    }
}
