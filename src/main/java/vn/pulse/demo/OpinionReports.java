package vn.pulse.demo;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import vn.pulse.opinion.Breadth;
import vn.pulse.opinion.Direction;
import vn.pulse.opinion.HolderGroup;
import vn.pulse.opinion.Mood;
import vn.pulse.opinion.ReportInput;
import vn.pulse.opinion.ReportKind;
import vn.pulse.opinion.ReportStatus;
import vn.pulse.opinion.SourceType;
import vn.pulse.opinion.StreamInput;
import vn.pulse.opinion.Valence;

/**
 * The collaborators' opinion reports of a plan: every surveyor files a monthly report for each
 * month of the period (around its deadline, a few late), with two to four opinion streams whose
 * direction follows the same trends as the survey (price worries easing, the reorganisation winning
 * approval). In the hot province, land and site clearance flares up in urgent reports over the two
 * latest weeks, a topic rarely reported before: what the early warning must catch.
 */
final class OpinionReports {

    /** The topic of the planted hot issue. */
    static final String HOT_TOPIC = "dat_dai";
    /** Urgent reports on the hot issue in the week before the plan's "today", and in its week. */
    static final int FLARE_PREVIOUS_WEEK = 6;
    static final int FLARE_THIS_WEEK = 10;

    /** One report to file, as whom, when, and in which status. */
    record Filing(String username, ReportInput input, Instant at, ReportStatus status) {
    }

    private static final String[] TOPICS = {"gia_ca", "viec_lam_thu_nhap", "sap_xep_bo_may", "y_te", "giao_duc",
        "phong_chong_tham_nhung", "an_toan_thuc_pham", "moi_truong_nuoc", "toi_pham_tin_dung_den",
        "thong_tin_mang_tin_don", HOT_TOPIC};
    private static final double[] TOPIC_WEIGHTS = {30, 18, 22, 14, 12, 10, 8, 8, 7, 6, 3};
    private static final Map<String, String[]> SUMMARIES = Map.ofEntries(
            Map.entry("gia_ca", new String[] {"Nhân dân phấn khởi vì giá xăng dầu, điện ổn định.",
                "Nhiều ý kiến lo lắng giá xăng dầu, điện và thực phẩm tăng, ảnh hưởng đời sống."}),
            Map.entry("viec_lam_thu_nhap", new String[] {"Công nhân an tâm vì doanh nghiệp có thêm đơn hàng.",
                "Một số lao động lo lắng mất việc khi doanh nghiệp cắt giảm đơn hàng."}),
            Map.entry("sap_xep_bo_may", new String[] {"Đa số đồng tình với việc sáp nhập xã, tổ chức chính quyền hai cấp.",
                "Có ý kiến băn khoăn về khoảng cách đi lại đến trụ sở xã mới."}),
            Map.entry("y_te", new String[] {"Người dân đồng tình với việc mở rộng quyền lợi bảo hiểm y tế.",
                "Người bệnh lo lắng vì thiếu thuốc, vật tư y tế tại bệnh viện tuyến tỉnh."}),
            Map.entry("giao_duc", new String[] {"Phụ huynh phấn khởi với chính sách miễn học phí.",
                "Phụ huynh băn khoăn về các khoản thu ngoài học phí đầu năm học."}),
            Map.entry("phong_chong_tham_nhung", new String[] {"Nhân dân đồng tình, tin tưởng công tác phòng, chống tham nhũng.",
                "Có ý kiến bức xúc về biểu hiện nhũng nhiễu khi giải quyết thủ tục."}),
            Map.entry("an_toan_thuc_pham", new String[] {"Người dân an tâm hơn khi chợ được kiểm tra thường xuyên.",
                "Người dân lo lắng về thực phẩm không rõ nguồn gốc bán ở chợ."}),
            Map.entry("moi_truong_nuoc", new String[] {"Nhân dân phấn khởi vì có nước sạch về thôn.",
                "Người dân bức xúc vì cơ sở chăn nuôi gây ô nhiễm nguồn nước."}),
            Map.entry("toi_pham_tin_dung_den", new String[] {"Người dân an tâm vì an ninh trật tự được giữ vững.",
                "Nhân dân lo lắng về hoạt động tín dụng đen, cho vay nặng lãi."}),
            Map.entry("thong_tin_mang_tin_don", new String[] {"Người dân đồng tình với việc xử lý tin giả trên mạng.",
                "Có người hoang mang vì tin đồn thất thiệt lan truyền trên mạng xã hội."}),
            Map.entry(HOT_TOPIC, new String[] {"Người dân đồng tình với phương án tái định cư.",
                "Nhiều hộ dân phản đối mức giá bồi thường khi thu hồi đất làm khu công nghiệp."}));

    private OpinionReports() {
    }

    /**
     * Every filing of a plan, oldest first; nothing after {@code now}.
     *
     * @param collaborators the honest surveyors by province (the fabricator files no reports)
     */
    static List<Filing> plan(DemoPlan plan, ZoneId zone, Map<String, List<Fieldworker>> collaborators,
            Map<String, List<Site>> sites, Instant now) {
        LocalDate today = plan.lastDay().plusDays(1);
        Instant end = min(now, today.plusDays(1).atStartOfDay(zone).toInstant());
        List<Filing> filings = new ArrayList<>();
        YearMonth first = YearMonth.from(plan.firstDay());
        YearMonth last = YearMonth.from(today).minusMonths(1);
        collaborators.forEach((province, team) -> team.stream().filter(w -> !w.fabricator()).forEach(w -> {
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                SplittableRandom r = new SplittableRandom(ResponsePlanner.mix(plan.seed(),
                        (w.username() + m).hashCode()));
                LocalDate day = m.atEndOfMonth().plusDays(r.nextInt(-3, 9));
                Instant at = day.atTime(LocalTime.of(8, 0).plusMinutes(r.nextInt(9 * 60))).atZone(zone).toInstant();
                if (at.isAfter(end)) {
                    continue;
                }
                double t = fraction(plan, day);
                List<StreamInput> streams = new ArrayList<>();
                int count = 2 + r.nextInt(3);
                List<String> topics = new ArrayList<>();
                while (topics.size() < count) {
                    String topic = Respondents.pick(r, TOPICS, TOPIC_WEIGHTS);
                    if (!topics.contains(topic)) {
                        topics.add(topic);
                        streams.add(stream(r, topic, negativeShare(topic, t), null));
                    }
                }
                ReportInput input = new ReportInput(uuid(plan, w.username() + ":" + m), ReportKind.PERIODIC.code(),
                        m.toString(), null, province, streams);
                filings.add(new Filing(w.username(), input, at, status(at, end)));
            }
        }));
        List<Fieldworker> hot = collaborators.getOrDefault(plan.hotProvince(), List.of()).stream()
                .filter(w -> !w.fabricator()).toList();
        if (!hot.isEmpty()) {
            filings.addAll(flare(plan, zone, hot, sites.get(plan.hotProvince()), today, end));
        }
        filings.sort(java.util.Comparator.comparing(Filing::at));
        return filings;
    }

    /** The hot issue: urgent reports on land clearance, more each week, in the hot province. */
    private static List<Filing> flare(DemoPlan plan, ZoneId zone, List<Fieldworker> team, List<Site> sites,
            LocalDate today, Instant end) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant thisWeek = monday.atStartOfDay(zone).toInstant();
        Instant previousWeek = monday.minusWeeks(1).atStartOfDay(zone).toInstant();
        List<Filing> out = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(ResponsePlanner.mix(plan.seed(), HOT_TOPIC.hashCode()));
        Site place = sites.get(r.nextInt(sites.size()));
        for (int i = 0; i < FLARE_PREVIOUS_WEEK + FLARE_THIS_WEEK; i++) {
            boolean current = i >= FLARE_PREVIOUS_WEEK;
            Instant from = current ? thisWeek : previousWeek;
            Instant to = current ? end : thisWeek;
            long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond() - 60);
            Instant at = from.plusSeconds((long) (r.nextDouble() * span));
            Fieldworker author = team.get(i % team.size());
            List<StreamInput> streams = List.of(stream(r, HOT_TOPIC, 1, place.code()),
                    new StreamInput(HOT_TOPIC, Direction.UNDECIDED.code(), Valence.NEGATIVE.code(), 3,
                            Breadth.MANY_VOICES.code(), List.of(HolderGroup.GENERAL_PUBLIC.code()),
                            List.of(Mood.WORRIED.code()), place.code(), null, SourceType.SOCIAL_MEDIA.code(), true,
                            "Trên mạng xã hội lan truyền thông tin chưa được kiểm chứng về việc thu hồi thêm đất.",
                            null));
            String title = "Người dân phản đối phương án bồi thường, giải phóng mặt bằng dự án khu công nghiệp";
            ReportInput input = new ReportInput(uuid(plan, "flare:" + i), ReportKind.URGENT.code(),
                    YearMonth.from(at.atZone(zone)).toString(), title, plan.hotProvince(), streams);
            out.add(new Filing(author.username(), input, at, ReportStatus.SUBMITTED));
        }
        return out;
    }

    private static StreamInput stream(SplittableRandom r, String topic, double negativeShare, String place) {
        boolean negative = r.nextDouble() < negativeShare;
        Direction direction = negative ? (r.nextDouble() < 0.7 ? Direction.OPPOSE : Direction.UNDECIDED)
                : Direction.APPROVE;
        Breadth breadth = negative && place != null ? Breadth.MAJORITY
                : Breadth.values()[1 + r.nextInt(Breadth.values().length - 1)];
        List<String> holders = new ArrayList<>();
        HolderGroup[] groups = HolderGroup.values();
        holders.add(groups[r.nextInt(groups.length)].code());
        if (r.nextBoolean()) {
            String other = groups[r.nextInt(groups.length)].code();
            if (!holders.contains(other)) {
                holders.add(other);
            }
        }
        Mood mood = negative ? (r.nextBoolean() ? Mood.WORRIED : Mood.INDIGNANT)
                : (r.nextBoolean() ? Mood.ENTHUSIASTIC : Mood.REASSURED);
        SourceType[] sources = SourceType.values();
        int intensity = negative ? (place != null ? 4 : 3) + r.nextInt(2) : 1 + r.nextInt(3);
        String summary = SUMMARIES.get(topic)[negative ? 1 : 0];
        String proposals = negative && r.nextDouble() < 0.4 ? "Đề nghị cấp ủy, chính quyền sớm đối thoại, giải thích rõ với nhân dân." : null;
        return new StreamInput(topic, direction.code(), (negative ? Valence.NEGATIVE : Valence.POSITIVE).code(),
                Math.min(5, intensity), breadth.code(), holders, List.of(mood.code()), place, null,
                sources[r.nextInt(sources.length)].code(), false, summary, proposals);
    }

    /** Planted: worries about prices ease, the reorganisation wins approval; other topics stay put. */
    static double negativeShare(String topic, double t) {
        return switch (topic) {
            case "gia_ca" -> 0.75 - 0.35 * t;
            case "sap_xep_bo_may" -> 0.50 - 0.30 * t;
            default -> 0.40;
        };
    }

    private static double fraction(DemoPlan plan, LocalDate day) {
        double days = plan.lastDay().toEpochDay() - plan.firstDay().toEpochDay();
        return Math.max(0, Math.min(1, (day.toEpochDay() - plan.firstDay().toEpochDay()) / Math.max(1, days)));
    }

    /** Reports of the last two weeks still wait for review; older ones were approved. */
    private static ReportStatus status(Instant at, Instant end) {
        return at.isAfter(end.minusSeconds(14 * 86_400L)) ? ReportStatus.SUBMITTED : ReportStatus.APPROVED;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static String uuid(DemoPlan plan, String key) {
        return UUID.nameUUIDFromBytes(("opinion:" + plan.seed() + ":" + plan.accountPrefix() + ":" + key)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
