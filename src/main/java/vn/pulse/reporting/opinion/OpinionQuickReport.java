package vn.pulse.reporting.opinion;

import static vn.pulse.reporting.opinion.Words.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.pulse.base.DomainException;
import vn.pulse.base.Formats;
import vn.pulse.opinion.OpinionTopic;
import vn.pulse.opinion.ReportedStream;
import vn.pulse.reporting.ReportBuilder;
import vn.pulse.reporting.ReportKind;
import vn.pulse.reporting.ReportPeriod;
import vn.pulse.reporting.ReportSpec;
import vn.pulse.reporting.document.Block;
import vn.pulse.reporting.document.Bullets;
import vn.pulse.reporting.document.Cell;
import vn.pulse.reporting.document.Paragraph;
import vn.pulse.reporting.document.ReportBody;
import vn.pulse.reporting.document.ReportTable;
import vn.pulse.reporting.document.Section;
import vn.pulse.reporting.document.TrendChartPainter;
import vn.pulse.statistics.OpinionAlert;

/**
 * Báo cáo nhanh: one hot issue (a topic) of an area over a recent window of days: what people
 * say and how widely, its weekly course with the early warning and direction of travel, and
 * what collaborators propose.
 */
@Component
class OpinionQuickReport implements ReportBuilder {

    /** Weeks shown on the chart at least, ending with the window's last complete week. */
    static final int CHART_WEEKS = 12;
    static final int SAYINGS = 5;

    private final OpinionData data;
    private final TrendChartPainter painter;

    OpinionQuickReport(OpinionData data, TrendChartPainter painter) {
        this.data = data;
        this.painter = painter;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.OPINION_QUICK;
    }

    @Override
    public void check(ReportSpec spec) {
        topic(spec);
    }

    @Override
    public ReportBody build(ReportSpec spec, Progress progress) {
        ReportPeriod period = spec.period();
        Disclosure disclosure = new Disclosure(spec.minReports());
        OpinionTopic topic = topic(spec);
        progress.at(10, "reporting.stage.data");
        LocalDate lastWeek = OpinionPeriodicReport.lastCompleteWeek(period.to());
        LocalDate windowStart = min(WeeklyFigures.monday(period.from()).minusWeeks(OpinionPeriodicReport.BASELINE_WEEKS),
                lastWeek.minusWeeks(CHART_WEEKS - 1));
        OpinionData.Window window = data.window(spec.area().code(), windowStart, period.to());
        List<ReportedStream> onTopic = window.between(period.from(), period.to()).stream()
                .filter(s -> s.topic() != null && s.topic().code().equals(topic.code())).toList();
        TopicFigures figures = new TopicFigures(topic, onTopic);
        boolean shown = disclosure.shows(figures.reportCount()) && figures.reportCount() > 0;

        progress.at(40, "reporting.stage.charts");
        WeeklyFigures weekly = new WeeklyFigures(window.streams(), windowStart, lastWeek);
        Numbering numbering = new Numbering();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(null, List.of(Paragraph.of(intro(spec, topic, figures, disclosure)))));
        if (shown) {
            sections.add(new Section(text("reporting.doc.quick.section.situation"), List.of(
                    Paragraph.of(TopicProse.describe(figures, disclosure)),
                    OpinionSections.directions(figures, disclosure, numbering),
                    places(figures, disclosure, numbering))));
            sections.add(new Section(text("reporting.doc.quick.section.sayings"), List.of(new Bullets(
                    figures.summaries(SAYINGS).stream().map(s -> text("reporting.doc.topic.saying", s)).toList()))));
        }
        List<Block> trend = new ArrayList<>(OpinionSections.trend(topic, weekly.of(topic.code()), disclosure, painter,
                period.from(), numbering));
        trend.add(Paragraph.of(warning(weekly, lastWeek, topic, disclosure)));
        sections.add(new Section(text(shown ? "reporting.doc.quick.section.trend" : "reporting.doc.quick.section.trendOnly"),
                trend));
        List<Block> closing = new ArrayList<>();
        if (shown) {
            closing.add(OpinionSections.proposals(List.of(figures)));
        }
        closing.addAll(OpinionSections.method(window.includesUnreviewed(), window.statuses(), disclosure.k()));
        sections.add(new Section(text(shown ? "reporting.doc.quick.section.proposals" : "reporting.doc.quick.section.notes"),
                closing));
        return new ReportBody("opinion-quick", text("reporting.doc.quick.type"),
                text("reporting.doc.quick.summary", OpinionSections.lowerFirst(topic.nameVi()), period.inWords()),
                sections, List.of(), List.of(
                        List.of(text("reporting.doc.about.area"), spec.area().name()),
                        List.of(text("reporting.doc.about.topic"), topic.nameVi()),
                        List.of(text("reporting.doc.about.dates"), Formats.date(period.from()) + " – " + Formats.date(period.to())),
                        List.of(text("reporting.doc.about.reports"), shown ? String.valueOf(figures.reportCount()) : Cell.SUPPRESSED),
                        List.of(text("reporting.doc.about.streams"), shown ? String.valueOf(figures.streamCount()) : Cell.SUPPRESSED),
                        List.of(text("reporting.doc.about.minReports"), String.valueOf(spec.minReports()))));
    }

    private static String intro(ReportSpec spec, OpinionTopic topic, TopicFigures figures, Disclosure disclosure) {
        String name = OpinionSections.lowerFirst(topic.nameVi());
        if (figures.reportCount() == 0) {
            return text("reporting.doc.quick.none", Formats.date(spec.period().from()), Formats.date(spec.period().to()),
                    spec.area().name(), name);
        }
        if (!disclosure.shows(figures.reportCount())) {
            return text("reporting.doc.quick.few", Formats.date(spec.period().from()), Formats.date(spec.period().to()),
                    spec.area().name(), name, disclosure.k());
        }
        return text("reporting.doc.quick.intro", Formats.date(spec.period().from()), Formats.date(spec.period().to()),
                spec.area().name(), Words.count(figures.streamCount()), name, Words.count(figures.reportCount()));
    }

    private static ReportTable places(TopicFigures f, Disclosure d, Numbering n) {
        List<List<Cell>> rows = f.places.byStreams().stream().filter(p -> d.shows(f.places.reports(p)))
                .map(p -> List.of(Cell.text(p), Cell.count(f.places.streams(p)), Cell.count(f.places.reports(p)))).toList();
        return new ReportTable(text("reporting.doc.sheet.places"), text("reporting.doc.table.places", n.nextTable()),
                List.of(text("reporting.doc.col.place"), text("reporting.doc.col.streams"), text("reporting.doc.col.reports")),
                rows, text("reporting.doc.table.placesNote", d.k()));
    }

    /** What the early warning says of the topic's last complete week. */
    private static String warning(WeeklyFigures weekly, LocalDate lastWeek, OpinionTopic topic, Disclosure d) {
        List<OpinionAlert> alerts = HotIssues.of(weekly, List.of(lastWeek), d).stream()
                .filter(a -> a.topic().equals(topic.code())).toList();
        if (alerts.isEmpty()) {
            return text("reporting.doc.quick.warning.off", OpinionSections.week(lastWeek));
        }
        OpinionAlert alert = alerts.getFirst();
        return text("reporting.doc.quick.warning.on", OpinionSections.week(alert.week()),
                text(alert.negative() ? "reporting.doc.hot.negative" : "reporting.doc.hot.other"),
                Words.text(alert.reason().messageKey(), alert.reason().arguments()), Words.pValue(alert.pValue()));
    }

    private OpinionTopic topic(ReportSpec spec) {
        OpinionTopic topic = data.topics().get(spec.topicCode());
        if (topic == null || topic.isGroup()) {
            throw DomainException.invalid("topic_unknown", "reporting.error.topic", String.valueOf(spec.topicCode()));
        }
        return topic;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
