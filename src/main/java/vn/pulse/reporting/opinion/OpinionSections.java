package vn.pulse.reporting.opinion;

import static vn.pulse.reporting.opinion.Words.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.pulse.base.Formats;
import vn.pulse.base.VietnameseText;
import vn.pulse.opinion.Direction;
import vn.pulse.opinion.HolderGroup;
import vn.pulse.opinion.OpinionTopic;
import vn.pulse.opinion.ReportedStream;
import vn.pulse.reporting.document.Block;
import vn.pulse.reporting.document.Bullets;
import vn.pulse.reporting.document.Cell;
import vn.pulse.reporting.document.Paragraph;
import vn.pulse.reporting.document.ReportTable;
import vn.pulse.reporting.document.TrendChartPainter;
import vn.pulse.statistics.CountInterval;
import vn.pulse.statistics.OpinionAlert;

/** The parts periodic and quick opinion reports share: tables, hot issues, trends, proposals, method. */
final class OpinionSections {

    /** Proposals quoted per topic. */
    private static final int PROPOSALS = 5;

    private OpinionSections() {
    }

    static ReportTable holders(List<ReportedStream> streams, Disclosure d, Numbering n) {
        Tally<HolderGroup> all = new Tally<>();
        Tally<HolderGroup> negative = new Tally<>();
        for (ReportedStream s : streams) {
            s.holderGroups().forEach(h -> all.add(h, s.reportId()));
            s.holderGroups().stream().filter(h -> s.negative()).forEach(h -> negative.add(h, s.reportId()));
        }
        List<List<Cell>> rows = all.byStreams().stream().map(h -> List.of(Cell.text(Words.label(h)),
                d.count(all.streams(h), all.reports(h)), d.count(negative.streams(h), negative.reports(h)),
                d.shows(all.reports(h)) ? Cell.count(all.reports(h)) : Cell.withheld())).toList();
        return new ReportTable(text("reporting.doc.sheet.holders"), text("reporting.doc.table.holders", n.nextTable()),
                List.of(text("reporting.doc.col.holder"), text("reporting.doc.col.streams"),
                        text("reporting.doc.col.negativeStreams"), text("reporting.doc.col.reports")),
                rows, text("reporting.doc.table.note", d.k()));
    }

    static ReportTable directions(TopicFigures f, Disclosure d, Numbering n) {
        Map<Direction, Cell> shares = d.shares(f.directions, List.of(Direction.values()), f.streamCount());
        List<List<Cell>> rows = new ArrayList<>();
        shares.forEach((direction, share) -> {
            boolean shown = !share.suppressed();
            CountInterval ci = CountInterval.wilson(f.directions.streams(direction), f.streamCount(), TopicTrend.LEVEL);
            rows.add(List.of(Cell.text(Words.label(direction)),
                    shown ? Cell.count(f.directions.streams(direction)) : Cell.withheld(), share,
                    shown ? Cell.share(ci.low()) : Cell.withheld(), shown ? Cell.share(ci.high()) : Cell.withheld()));
        });
        return new ReportTable(text("reporting.doc.sheet.directions"), text("reporting.doc.table.directions", n.nextTable()),
                List.of(text("reporting.doc.col.direction"), text("reporting.doc.col.streams"),
                        text("reporting.doc.col.share"), text("reporting.doc.col.ciLow"), text("reporting.doc.col.ciHigh")),
                rows, text("reporting.doc.table.shareNote", Words.count(f.streamCount()), d.k()));
    }

    /** The hot issues in words, and their table. */
    static List<Block> hotIssues(List<OpinionAlert> alerts, Map<String, OpinionTopic> topics, Numbering n) {
        if (alerts.isEmpty()) {
            return List.of(Paragraph.of(text("reporting.doc.hot.none")));
        }
        List<Block> blocks = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (OpinionAlert alert : alerts) {
            String topic = topicName(topics, alert.topic());
            String kind = text(alert.negative() ? "reporting.doc.hot.negative" : "reporting.doc.hot.other");
            String reason = Words.text(alert.reason().messageKey(), alert.reason().arguments());
            blocks.add(Paragraph.led(topic + " – " + kind + ":", text("reporting.doc.hot.alert", week(alert.week()),
                    reason, Words.pValue(alert.pValue()))));
            rows.add(List.of(Cell.text(topic), Cell.text(kind), Cell.text(week(alert.week())), Cell.count(alert.count()),
                    Cell.decimal(alert.baselineMean()), Cell.text(Words.pValue(alert.pValue())), Cell.text(reason)));
        }
        blocks.add(new ReportTable(text("reporting.doc.sheet.alerts"), text("reporting.doc.table.alerts", n.nextTable()),
                List.of(text("reporting.doc.col.topic"), text("reporting.doc.col.kind"), text("reporting.doc.col.week"),
                        text("reporting.doc.col.weekStreams"), text("reporting.doc.col.baseline"),
                        text("reporting.doc.col.p"), text("reporting.doc.col.reason")),
                rows, text("reporting.doc.method.warning")));
        return blocks;
    }

    /** A topic's weekly chart and its direction of travel. */
    static List<Block> trend(OpinionTopic topic, List<WeeklyFigures.Week> weeks, Disclosure d,
            TrendChartPainter painter, LocalDate periodStart, Numbering n) {
        TopicTrend trend = new TopicTrend(weeks, d);
        String title = text("reporting.doc.chart.title", n.nextChart(), topic.nameVi());
        return List.of(trend.chart(painter, title, periodStart, d.k()),
                Paragraph.led(text("reporting.doc.forecast.lead"), forecast(trend, d) + "."));
    }

    static String forecast(TopicTrend trend, Disclosure d) {
        return slope(trend.shareSlope(), "share", 100, d) + "; " + slope(trend.countSlope(), "count", 1, d);
    }

    private static String slope(TopicTrend.Slope slope, String what, double scale, Disclosure d) {
        if (!slope.known()) {
            return text("reporting.doc.forecast." + what + ".unknown", TopicTrend.MIN_WEEKS, d.k());
        }
        String way = !slope.significant() ? "flat" : slope.perWeek() > 0 ? "up" : "down";
        return text("reporting.doc.forecast." + what + "." + way, Words.decimal(Math.abs(slope.perWeek()) * scale, 1),
                Words.pValue(slope.p()), slope.weeks());
    }

    /** The weekly figures behind the charts, for the appendix and its XLSX sheet. */
    static ReportTable weekly(Map<OpinionTopic, List<WeeklyFigures.Week>> topics, Disclosure d, Numbering n) {
        List<List<Cell>> rows = new ArrayList<>();
        topics.forEach((topic, weeks) -> {
            TopicTrend trend = new TopicTrend(weeks, d);
            for (int i = 0; i < weeks.size(); i++) {
                WeeklyFigures.Week week = weeks.get(i);
                var count = trend.counts.get(i);
                var share = trend.shares.get(i);
                boolean shown = d.shows(week.reports());
                rows.add(List.of(Cell.text(topic.nameVi()), Cell.text(Formats.date(week.monday())),
                        shown ? Cell.count(week.streams()) : Cell.withheld(), number(count.low(), shown),
                        number(count.high(), shown), percent(share.value(), shown), percent(share.low(), shown),
                        percent(share.high(), shown), shown ? Cell.count(week.reports()) : Cell.withheld()));
            }
        });
        return new ReportTable(text("reporting.doc.sheet.weekly"), text("reporting.doc.table.weekly", n.nextTable()),
                List.of(text("reporting.doc.col.topic"), text("reporting.doc.col.weekOf"), text("reporting.doc.col.streams"),
                        text("reporting.doc.col.ciLow"), text("reporting.doc.col.ciHigh"),
                        text("reporting.doc.col.negative"), text("reporting.doc.col.ciLow"),
                        text("reporting.doc.col.ciHigh"), text("reporting.doc.col.reports")),
                rows, text("reporting.doc.chart.caption", d.k()));
    }

    /** Distinct proposals, most often made first, each led by its topic. */
    static Block proposals(List<TopicFigures> topics) {
        List<String> items = new ArrayList<>();
        for (TopicFigures f : topics) {
            Map<String, String> distinct = new LinkedHashMap<>();
            Map<String, Integer> times = new LinkedHashMap<>();
            for (ReportedStream s : f.streams) {
                if (s.proposals() != null && !s.proposals().isBlank()) {
                    String key = VietnameseText.fold(s.proposals());
                    distinct.putIfAbsent(key, s.proposals().strip());
                    times.merge(key, 1, Integer::sum);
                }
            }
            distinct.keySet().stream().sorted((a, b) -> times.get(b) - times.get(a)).limit(PROPOSALS)
                    .forEach(key -> items.add(text("reporting.doc.proposals.item", lowerFirst(f.topic.nameVi()),
                            distinct.get(key))));
        }
        return items.isEmpty() ? Paragraph.of(text("reporting.doc.proposals.none")) : new Bullets(items);
    }

    static List<Block> method(boolean includesUnreviewed, Set<String> statuses, int k) {
        List<Block> notes = new ArrayList<>();
        notes.add(Paragraph.note(text("reporting.doc.method.source", String.join(", ", statuses))
                + (includesUnreviewed ? " " + text("reporting.doc.method.unreviewed") : "")));
        notes.add(Paragraph.note(text("reporting.doc.method.cells", k)));
        notes.add(Paragraph.note(text("reporting.doc.forecast.caveat")));
        return notes;
    }

    static String week(LocalDate monday) {
        return monday.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM")) + "–"
                + Formats.date(monday.plusDays(6));
    }

    static String topicName(Map<String, OpinionTopic> topics, String code) {
        OpinionTopic topic = topics.get(code);
        return topic == null ? code : topic.nameVi();
    }

    static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Words.LOCALE) + text.substring(1);
    }

    /** A week's bound; blank where there is nothing to bound (no streams), "–" where withheld. */
    private static Cell number(double value, boolean shown) {
        return !shown ? Cell.withheld() : Cell.decimal(value);
    }

    private static Cell percent(double value, boolean shown) {
        return !shown ? Cell.withheld() : Cell.share(value);
    }
}
