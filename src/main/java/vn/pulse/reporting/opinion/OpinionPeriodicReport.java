package vn.pulse.reporting.opinion;

import static vn.pulse.reporting.opinion.Words.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.pulse.base.Formats;
import vn.pulse.opinion.Direction;
import vn.pulse.opinion.OpinionTopic;
import vn.pulse.opinion.ReportedStream;
import vn.pulse.reporting.ReportBuilder;
import vn.pulse.reporting.ReportKind;
import vn.pulse.reporting.ReportPeriod;
import vn.pulse.reporting.ReportSpec;
import vn.pulse.reporting.document.Block;
import vn.pulse.reporting.document.Cell;
import vn.pulse.reporting.document.Paragraph;
import vn.pulse.reporting.document.ReportBody;
import vn.pulse.reporting.document.ReportTable;
import vn.pulse.reporting.document.Section;
import vn.pulse.reporting.document.SubHeading;
import vn.pulse.reporting.document.TrendChartPainter;
import vn.pulse.statistics.CountInterval;

/**
 * Báo cáo tình hình dư luận xã hội định kỳ: a month, quarter or year of an area, shaped as
 * leaders read it: overview → main opinion streams by topic group → hot issues → weekly course
 * and direction of travel → survey results (each survey's headline indicator, see
 * {@link SurveySection}) → proposals, with the method in notes and the weekly figures in an
 * appendix.
 */
@Component
class OpinionPeriodicReport implements ReportBuilder {

    /** Weeks before the period that the early warning and the charts compare with. */
    static final int BASELINE_WEEKS = 8;
    /** Topics given a chart and a forecast. */
    static final int CHARTED_TOPICS = 4;

    private final OpinionData data;
    private final SurveyHeadlines surveys;
    private final TrendChartPainter painter;

    OpinionPeriodicReport(OpinionData data, SurveyHeadlines surveys, TrendChartPainter painter) {
        this.data = data;
        this.surveys = surveys;
        this.painter = painter;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.OPINION_PERIODIC;
    }

    @Override
    public ReportBody build(ReportSpec spec, Progress progress) {
        ReportPeriod period = spec.period();
        Disclosure disclosure = new Disclosure(spec.minReports());
        progress.at(10, "reporting.stage.data");
        LocalDate windowStart = WeeklyFigures.monday(period.from()).minusWeeks(BASELINE_WEEKS);
        OpinionData.Window window = data.window(spec.area().code(), windowStart, period.to());
        Map<String, OpinionTopic> topics = data.topics();
        List<ReportedStream> streams = window.between(period.from(), period.to());
        List<TopicFigures> figures = byTopic(streams);
        List<TopicFigures> shown = figures.stream().filter(f -> disclosure.shows(f.reportCount())).toList();

        progress.at(30, "reporting.stage.analysis");
        WeeklyFigures weekly = new WeeklyFigures(window.streams(), windowStart, lastCompleteWeek(period.to()));
        List<LocalDate> periodWeeks = weekly.mondays().stream()
                .filter(m -> !m.plusDays(6).isBefore(period.from())).toList();
        Numbering numbering = new Numbering();
        List<Section> sections = new ArrayList<>(List.of(
                new Section(null, List.of(Paragraph.of(intro(spec, streams)))),
                new Section(text("reporting.doc.section.overview"),
                        overview(streams, figures, shown, topics, disclosure, numbering)),
                new Section(text("reporting.doc.section.streams"),
                        streams(shown, figures.size() - shown.size(), topics, disclosure)),
                new Section(text("reporting.doc.section.hot"), OpinionSections.hotIssues(
                        HotIssues.of(weekly, periodWeeks, disclosure), topics, numbering))));

        progress.at(50, "reporting.stage.charts");
        Map<OpinionTopic, List<WeeklyFigures.Week>> charted = new LinkedHashMap<>();
        shown.stream().limit(CHARTED_TOPICS).forEach(f -> charted.put(f.topic, weekly.of(f.topic.code())));
        sections.add(new Section(text("reporting.doc.section.trend"), trends(charted, disclosure, period, numbering)));
        progress.at(60, "reporting.stage.surveys");
        SurveyHeadlines.Headlines headlines = surveys.read(spec.area().code(), period);
        sections.add(new Section(text("reporting.doc.section.surveys"),
                new SurveySection(headlines, painter, numbering).blocks(period, spec.area().name())));
        List<Block> proposals = new ArrayList<>(List.of(OpinionSections.proposals(shown)));
        proposals.addAll(OpinionSections.method(window.includesUnreviewed(), window.statuses(), disclosure.k()));
        sections.add(new Section(text("reporting.doc.section.proposals"), proposals));
        List<Section> appendix = charted.isEmpty() ? List.of() : List.of(new Section(
                text("reporting.doc.appendix.weekly"), List.of(OpinionSections.weekly(charted, disclosure, numbering))));
        return new ReportBody("opinion-periodic", text("reporting.doc.periodic.type"),
                text("reporting.doc.periodic.summary", period.inWords()), sections, appendix,
                about(spec, streams, figures, headlines.surveys().size()));
    }

    /** A chart and a forecast per main topic. */
    private List<Block> trends(Map<OpinionTopic, List<WeeklyFigures.Week>> charted, Disclosure disclosure,
            ReportPeriod period, Numbering numbering) {
        List<Block> trends = new ArrayList<>();
        charted.forEach((topic, weeks) -> trends.addAll(OpinionSections.trend(topic, weeks, disclosure, painter,
                period.from(), numbering)));
        if (trends.isEmpty()) {
            trends.add(Paragraph.of(text("reporting.doc.trend.none")));
        }
        return trends;
    }

    private static String intro(ReportSpec spec, List<ReportedStream> streams) {
        if (streams.isEmpty()) {
            return text("reporting.doc.periodic.empty", spec.period().inWords(), spec.area().name());
        }
        return text("reporting.doc.periodic.intro", Words.count(reports(streams)), Formats.date(spec.period().from()),
                Formats.date(spec.period().to()), Words.count(streams.size()), spec.period().inWords(), spec.area().name());
    }

    private static List<Block> overview(List<ReportedStream> streams, List<TopicFigures> figures,
            List<TopicFigures> shown, Map<String, OpinionTopic> topics, Disclosure d, Numbering n) {
        List<Block> blocks = new ArrayList<>();
        long negative = streams.stream().filter(ReportedStream::negative).count();
        long negativeReports = streams.stream().filter(ReportedStream::negative).map(ReportedStream::reportId)
                .distinct().count();
        if (!streams.isEmpty() && d.shows(negativeReports)) {
            CountInterval ci = CountInterval.wilson(negative, streams.size(), TopicTrend.LEVEL);
            blocks.add(Paragraph.of(text("reporting.doc.overview.negative", Words.percent((double) negative / streams.size()),
                    Words.count(streams.size()), Words.percent(ci.low()), Words.percent(ci.high()))));
        }
        blocks.add(Paragraph.of(text("reporting.doc.overview.topics", shown.size(), d.k())));
        long unreviewed = streams.stream().filter(ReportedStream::unreviewed).count();
        if (unreviewed > 0) {
            blocks.add(Paragraph.note(text("reporting.doc.overview.unreviewed", Words.count(unreviewed))));
        }
        blocks.add(topicsTable(figures, topics, d, n));
        blocks.add(OpinionSections.holders(streams, d, n));
        return blocks;
    }

    private static ReportTable topicsTable(List<TopicFigures> figures, Map<String, OpinionTopic> topics, Disclosure d,
            Numbering n) {
        List<List<Cell>> rows = new ArrayList<>();
        for (TopicFigures f : figures) {
            boolean shown = d.shows(f.reportCount());
            List<Cell> row = new ArrayList<>(List.of(Cell.text(groupName(f.topic, topics)), Cell.text(f.topic.nameVi()),
                    shown ? Cell.count(f.reportCount()) : Cell.withheld(), shown ? Cell.count(f.streamCount()) : Cell.withheld()));
            var directions = d.shares(f.directions, List.of(Direction.values()), f.streamCount());
            for (Direction direction : Direction.values()) {
                row.add(shown ? directions.get(direction) : Cell.withheld());
            }
            row.add(shown ? d.shares(f.negative, List.of(true, false), f.streamCount()).get(true) : Cell.withheld());
            row.add(shown ? Cell.decimal(f.meanIntensity()) : Cell.withheld());
            rows.add(row);
        }
        List<String> columns = new ArrayList<>(List.of(text("reporting.doc.col.group"), text("reporting.doc.col.topic"),
                text("reporting.doc.col.reports"), text("reporting.doc.col.streams")));
        for (Direction direction : Direction.values()) {
            columns.add(Words.label(direction));
        }
        columns.add(text("reporting.doc.col.negative"));
        columns.add(text("reporting.doc.col.intensity"));
        return new ReportTable(text("reporting.doc.sheet.topics"), text("reporting.doc.table.topics", n.nextTable()), columns, rows,
                text("reporting.doc.table.note", d.k()));
    }

    /** The main streams, topic group by topic group, each topic in a paragraph with what people say. */
    private static List<Block> streams(List<TopicFigures> shown, int hidden, Map<String, OpinionTopic> topics,
            Disclosure d) {
        List<Block> blocks = new ArrayList<>();
        // Groups in the taxonomy's order; within a group, the topics with most streams first.
        List<String> order = topics.values().stream().filter(OpinionTopic::isGroup).map(OpinionTopic::nameVi).toList();
        Map<String, List<TopicFigures>> groups = new java.util.TreeMap<>(Comparator.comparingInt(
                (String name) -> order.contains(name) ? order.indexOf(name) : order.size()).thenComparing(name -> name));
        shown.forEach(f -> groups.computeIfAbsent(groupName(f.topic, topics), g -> new ArrayList<>()).add(f));
        int number = 0;
        for (var group : groups.entrySet()) {
            blocks.add(new SubHeading(++number + ". " + group.getKey()));
            for (TopicFigures f : group.getValue()) {
                blocks.add(Paragraph.led(f.topic.nameVi() + ":", TopicProse.describe(f, d)));
                List<String> sayings = f.summaries(2);
                if (!sayings.isEmpty()) {
                    blocks.add(new vn.pulse.reporting.document.Bullets(sayings.stream()
                            .map(s -> text("reporting.doc.topic.saying", s)).toList()));
                }
            }
        }
        if (shown.isEmpty()) {
            blocks.add(Paragraph.of(text("reporting.doc.topic.noneShown", d.k())));
        }
        if (hidden > 0) {
            blocks.add(Paragraph.of(text("reporting.doc.topic.fewOthers", hidden, d.k())));
        }
        return blocks;
    }

    private static List<List<String>> about(ReportSpec spec, List<ReportedStream> streams, List<TopicFigures> figures,
            int surveys) {
        return List.of(
                List.of(text("reporting.doc.about.area"), spec.area().name()),
                List.of(text("reporting.doc.about.period"), spec.period().inWords()),
                List.of(text("reporting.doc.about.dates"), Formats.date(spec.period().from()) + " – "
                        + Formats.date(spec.period().to())),
                List.of(text("reporting.doc.about.reports"), String.valueOf(reports(streams))),
                List.of(text("reporting.doc.about.streams"), String.valueOf(streams.size())),
                List.of(text("reporting.doc.about.topics"), String.valueOf(figures.size())),
                List.of(text("reporting.doc.about.surveys"), String.valueOf(surveys)),
                List.of(text("reporting.doc.about.minReports"), String.valueOf(spec.minReports())));
    }

    /** Topics by streams in the period, most first. */
    static List<TopicFigures> byTopic(List<ReportedStream> streams) {
        Map<OpinionTopic, List<ReportedStream>> byTopic = streams.stream().filter(s -> s.topic() != null)
                .collect(Collectors.groupingBy(ReportedStream::topic, LinkedHashMap::new, Collectors.toList()));
        return byTopic.entrySet().stream().map(e -> new TopicFigures(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(TopicFigures::streamCount).reversed()
                        .thenComparing(f -> f.topic.sortOrder()))
                .toList();
    }

    /** The Monday of the last week that ends on or before the day. */
    static LocalDate lastCompleteWeek(LocalDate day) {
        return WeeklyFigures.monday(day.plusDays(1)).minusWeeks(1);
    }

    static long reports(List<ReportedStream> streams) {
        return streams.stream().map(ReportedStream::reportId).distinct().count();
    }

    private static String groupName(OpinionTopic topic, Map<String, OpinionTopic> topics) {
        OpinionTopic group = topic.groupCode() == null ? null : topics.get(topic.groupCode());
        return group == null ? text("reporting.doc.otherGroup") : group.nameVi();
    }
}
