package vn.pulse.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.pulse.base.Formats;
import vn.pulse.base.security.Role;
import vn.pulse.opinion.Breadth;
import vn.pulse.opinion.Direction;
import vn.pulse.opinion.HolderGroup;
import vn.pulse.opinion.Mood;
import vn.pulse.opinion.OpinionReportImport;
import vn.pulse.opinion.ReportInput;
import vn.pulse.opinion.ReportKind;
import vn.pulse.opinion.ReportStatus;
import vn.pulse.opinion.SourceType;
import vn.pulse.opinion.StreamInput;
import vn.pulse.opinion.SubmissionResult;
import vn.pulse.opinion.Valence;
import vn.pulse.support.TestUsers;

/**
 * A known data set of opinion reports from Tuyên Quang (08), August to October 2025, that the
 * report tests read back from the documents; one report carries one stream.
 * <ul>
 *   <li>Giá cả (gia_ca), October: 7 approving (intensity 3) and 8 opposing, negative (intensity 4),
 *       five of them in the week of 20/10, after one a week since August: an early warning.</li>
 *   <li>Y tế (y_te): 6 reports a week from 04/08 to 26/10, the negative ones rising by one every
 *       second week (0, 0, 1, 1, … 5, 5): in October 24 reports, 18 negative.</li>
 *   <li>Đất đai (dat_dai): 3 reports in October, fewer than the small-cell threshold.</li>
 * </ul>
 */
@Component
@Profile("test") // test sources are on the classpath of the dev run and the bench too: stay out of them
public class ReportingFixtures {

    public static final String PROVINCE = "08";
    public static final String OTHER_PROVINCE = "12";
    public static final String PERIOD = "2025-10";
    public static final long OCTOBER_REPORTS = 42;
    public static final String PRICE_OPPOSED = "Nhiều hộ bức xúc vì giá điện tăng.";
    public static final String PRICE_APPROVED = "Người dân đồng tình với việc giảm giá xăng.";
    public static final String PRICE_PROPOSAL = "Đề nghị tăng cường kiểm tra giá điện.";
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2025, 8, 4);

    private final OpinionReportImport imports;
    private final TestUsers users;
    private boolean arranged;

    ReportingFixtures(OpinionReportImport imports, TestUsers users) {
        this.imports = imports;
        this.users = users;
    }

    public String leader() {
        return users.ensure("rp-leader-08", Role.LEADER, PROVINCE);
    }

    public String supervisor() {
        return users.ensure("rp-supervisor-08", Role.SUPERVISOR, PROVINCE);
    }

    public String otherLeader() {
        return users.ensure("rp-leader-12", Role.LEADER, OTHER_PROVINCE);
    }

    /** Files the data set once per test run. */
    public synchronized void arrange() {
        if (arranged) {
            return;
        }
        String admin = users.ensure("rp-admin", Role.ADMIN, null);
        String collaborator = users.ensure("rp-ctv-08", Role.SURVEYOR, PROVINCE);
        for (LocalDate day = FIRST_MONDAY.plusDays(2); day.isBefore(LocalDate.of(2025, 10, 20)); day = day.plusWeeks(1)) {
            file(admin, collaborator, day, "gia_ca", Direction.OPPOSE, Valence.NEGATIVE, 4, PRICE_OPPOSED);
        }
        for (int i = 0; i < 5; i++) {
            file(admin, collaborator, LocalDate.of(2025, 10, 20 + i), "gia_ca", Direction.OPPOSE, Valence.NEGATIVE, 4,
                    PRICE_OPPOSED);
        }
        for (int day : new int[] {2, 3, 9, 10, 16, 23, 24}) {
            file(admin, collaborator, LocalDate.of(2025, 10, day), "gia_ca", Direction.APPROVE, Valence.POSITIVE, 3,
                    PRICE_APPROVED);
        }
        for (int week = 0; week < 12; week++) {
            LocalDate wednesday = FIRST_MONDAY.plusWeeks(week).plusDays(2);
            for (int i = 0; i < 6; i++) {
                boolean negative = i < week / 2;
                file(admin, collaborator, wednesday, "y_te", negative ? Direction.OPPOSE : Direction.APPROVE,
                        negative ? Valence.NEGATIVE : Valence.POSITIVE, 2 + i % 3,
                        negative ? "Người bệnh lo lắng vì thiếu thuốc bảo hiểm y tế." : "Nhân dân đồng tình với việc cấp thẻ bảo hiểm y tế.");
            }
        }
        for (int day : new int[] {7, 14, 21}) {
            file(admin, collaborator, LocalDate.of(2025, 10, day), "dat_dai", Direction.UNDECIDED, Valence.NEGATIVE, 3,
                    "Có ý kiến băn khoăn về giá đền bù.");
        }
        arranged = true;
    }

    private void file(String admin, String collaborator, LocalDate day, String topic, Direction direction,
            Valence valence, int intensity, String summary) {
        Instant at = day.atTime(LocalTime.of(9, 0)).atZone(Formats.ZONE).toInstant();
        StreamInput stream = new StreamInput(topic, direction.code(), valence.code(), intensity, Breadth.MAJORITY.code(),
                List.of(HolderGroup.FARMERS.code(), HolderGroup.RETIREES.code()),
                List.of((valence == Valence.NEGATIVE ? Mood.INDIGNANT : Mood.REASSURED).code()), null,
                "Chợ trung tâm", SourceType.DIRECT.code(), false, summary,
                "gia_ca".equals(topic) ? PRICE_PROPOSAL : null);
        ReportInput input = new ReportInput(UUID.randomUUID().toString(), ReportKind.URGENT.code(), null,
                "Tình hình " + topic, PROVINCE, List.of(stream));
        SubmissionResult result = users.as(admin, () -> imports.createAs(collaborator, input, at, ReportStatus.APPROVED));
        assertThat(result.errors()).isEmpty();
    }

    /** Generates a report as the requester and waits for it; it must have run to the end. */
    public ArchivedReport generated(ReportService reports, String requester, ReportRequest request) {
        ReportRun run = users.as(requester, () -> reports.generate(request));
        ReportRun done = finished(reports, requester, run.id());
        assertThat(done.status()).as(done.errorCode()).isEqualTo(RunStatus.DONE);
        assertThat(done.progress()).isEqualTo(100);
        return users.as(requester, () -> reports.find(done.documentId())).orElseThrow();
    }

    /** Waits until a run has finished, as its requester sees it. */
    public ReportRun finished(ReportService reports, String requester, long runId) {
        return Awaitility.await("report run " + runId + " finished").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> users.as(requester, () -> reports.run(runId)).orElseThrow(), run -> run.status().finished());
    }
}
