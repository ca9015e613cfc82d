package vn.pulse.reporting.opinion;

import static vn.pulse.reporting.opinion.Words.text;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.pulse.analytics.Overview;
import vn.pulse.reporting.ReportPeriod;
import vn.pulse.reporting.document.Block;
import vn.pulse.reporting.document.Cell;
import vn.pulse.reporting.document.Chart;
import vn.pulse.reporting.document.Paragraph;
import vn.pulse.reporting.document.ReportTable;
import vn.pulse.reporting.document.SubHeading;
import vn.pulse.reporting.document.TrendChartPainter;
import vn.pulse.statistics.Difference;
import vn.pulse.statistics.Estimate;
import vn.pulse.statistics.PeriodKind;
import vn.pulse.statistics.Trend;

/**
 * "Kết quả khảo sát dư luận xã hội" of the periodic report: per survey with responses in the area
 * and period, its headline indicator in one sentence (estimate, n, 95% interval and the change
 * from the previous period with its design-based test), a chart with the 95% band and a table of
 * every period followed. Withheld figures stay withheld; a non-probability sample is labelled as
 * such and given neither intervals nor tests.
 */
final class SurveySection {

    static final double SIGNIFICANCE = 0.05;
    private static final Color COLOUR = new Color(0x2E7D32);

    private final SurveyHeadlines.Headlines headlines;
    private final TrendChartPainter painter;
    private final Numbering numbering;

    SurveySection(SurveyHeadlines.Headlines headlines, TrendChartPainter painter, Numbering numbering) {
        this.headlines = headlines;
        this.painter = painter;
        this.numbering = numbering;
    }

    List<Block> blocks(ReportPeriod period, String areaName) {
        if (headlines.surveys().isEmpty()) {
            return List.of(Paragraph.of(text("reporting.doc.survey.none", period.inWords(), areaName)));
        }
        List<String> labels = headlines.window().labels();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of(text("reporting.doc.survey.intro", period.inWords(), areaName,
                Words.count(headlines.surveys().size()), by(), words(labels.getFirst()), words(labels.getLast()))));
        int number = 0;
        for (Overview.Headline h : headlines.surveys()) {
            String indicator = indicator(h);
            blocks.add(new SubHeading(text(h.probabilitySample() ? "reporting.doc.survey.heading"
                    : "reporting.doc.survey.heading.nonProbability", String.valueOf(++number), h.survey().in("vi", "vi"))));
            blocks.add(Paragraph.of(sentence(h, indicator)));
            blocks.add(chart(h, indicator));
            blocks.add(table(number, h, indicator));
        }
        blocks.add(Paragraph.note(text("reporting.doc.survey.method")));
        return blocks;
    }

    /** What is followed: "Điểm trung bình câu “…”" or "Tỷ lệ chọn “…” ở câu “…”". */
    static String indicator(Overview.Headline h) {
        String question = h.questionLabel().in("vi", "vi");
        question = question.isEmpty() ? h.question() : question;
        return h.share() ? text("reporting.doc.survey.share", h.optionLabel().in("vi", "vi"), question)
                : text("reporting.doc.survey.mean", question);
    }

    /** The latest figure in the period and where it went since the previous one. */
    private String sentence(Overview.Headline h, String indicator) {
        // The window ends with the report's period, so the latest figure is the period's own.
        Estimate e = h.points().getLast().estimate();
        String when = words(h.points().getLast().period());
        if (e.suppressed()) {
            return text("reporting.doc.survey.value.withheld", indicator, when, Words.count(headlines.minCellSize()));
        }
        String value = value(e.estimate(), h.share());
        String n = Words.count(e.n());
        if (!h.probabilitySample()) {
            return text("reporting.doc.survey.value.nonProbability", indicator, when, value, n, change(h));
        }
        if (!e.hasMarginOfError()) {
            return text("reporting.doc.survey.value.noInterval", indicator, when, value, n, change(h));
        }
        return text("reporting.doc.survey.value", indicator, when, value, n, value(e.ciLow(), h.share()),
                value(e.ciHigh(), h.share()), change(h));
    }

    private static String change(Overview.Headline h) {
        Trend.PeriodChange change = h.lastChange();
        if (change == null) {
            return text("reporting.doc.survey.change.first");
        }
        Difference d = change.change();
        String before = words(change.from());
        if (d.suppressed() || Double.isNaN(d.difference())) {
            return text("reporting.doc.survey.change.withheld", before);
        }
        String way = text(d.difference() >= 0 ? "reporting.doc.survey.up" : "reporting.doc.survey.down");
        String amount = h.share() ? text("reporting.doc.survey.points", Words.decimal(Math.abs(d.difference()) * 100, 1))
                : text("reporting.doc.survey.meanPoints", Words.decimal(Math.abs(d.difference()), 2));
        String reference = value(d.reference().estimate(), h.share());
        if (!h.probabilitySample()) {
            return text("reporting.doc.survey.change.nonProbability", way, amount, before, reference);
        }
        if (Double.isNaN(d.pValue())) {
            return text("reporting.doc.survey.change.untested", way, amount, before, reference);
        }
        return text(d.pValue() < SIGNIFICANCE ? "reporting.doc.survey.change.significant"
                : "reporting.doc.survey.change.notSignificant", way, amount, before, reference, Words.pValue(d.pValue()));
    }

    /** Every period followed, withheld ones and those without respondents left as gaps. */
    private Chart chart(Overview.Headline h, String indicator) {
        Map<String, Estimate> byPeriod = h.points().stream()
                .collect(Collectors.toMap(Trend.PeriodEstimate::period, Trend.PeriodEstimate::estimate));
        List<TrendChartPainter.Point> points = new ArrayList<>();
        for (String label : headlines.window().labels()) {
            Estimate e = byPeriod.get(label);
            boolean shown = e != null && !e.suppressed();
            boolean band = shown && e.hasMarginOfError();
            points.add(new TrendChartPainter.Point(start(label), shown ? e.estimate() : Double.NaN,
                    band ? e.ciLow() : Double.NaN, band ? e.ciHigh() : Double.NaN));
        }
        SurveyHeadlines.Window window = headlines.window();
        byte[] png = painter.paint(List.of(new TrendChartPainter.Panel(text(h.share() ? "reporting.doc.survey.axis.share"
                : "reporting.doc.survey.axis.mean"), h.share(), points, COLOUR)), start(window.reported().getFirst()),
                window.kind() == PeriodKind.MONTH ? TrendChartPainter.TimeScale.MONTH : TrendChartPainter.TimeScale.QUARTER);
        return new Chart(text("reporting.doc.survey.chart.title", String.valueOf(numbering.nextChart()), indicator, by()),
                png, 16, text(h.probabilitySample() ? "reporting.doc.survey.chart.caption"
                        : "reporting.doc.survey.chart.caption.nonProbability", Words.count(headlines.minCellSize())));
    }

    /** The periods with respondents: n, estimate and the ends of the 95% interval. */
    private ReportTable table(int number, Overview.Headline h, String indicator) {
        Function<Trend.PeriodEstimate, List<Cell>> row = p -> row(p, h.share());
        return new ReportTable(text("reporting.doc.survey.sheet", String.valueOf(number)),
                text("reporting.doc.survey.table.title", String.valueOf(numbering.nextTable()), indicator, by()),
                List.of(text("reporting.doc.survey.col.period"), text("reporting.doc.survey.col.n"),
                        text(h.share() ? "reporting.doc.survey.col.share" : "reporting.doc.survey.col.mean"),
                        text("reporting.doc.col.ciLow"), text("reporting.doc.col.ciHigh")),
                h.points().stream().map(row).toList(), text(h.probabilitySample() ? "reporting.doc.survey.table.note"
                        : "reporting.doc.survey.table.note.nonProbability", Words.count(headlines.minCellSize())));
    }

    private static List<Cell> row(Trend.PeriodEstimate p, boolean share) {
        Estimate e = p.estimate();
        String period = words(p.period());
        Cell when = Cell.text(period.substring(0, 1).toUpperCase(Words.LOCALE) + period.substring(1));
        if (e.suppressed()) {
            return List.of(when, Cell.withheld(), Cell.withheld(), Cell.withheld(), Cell.withheld());
        }
        Cell estimate = share ? Cell.share(e.estimate()) : Cell.mean(e.estimate());
        if (!e.hasMarginOfError()) {
            Cell none = Cell.text(text("reporting.doc.survey.noInterval"));
            return List.of(when, Cell.count(e.n()), estimate, none, none);
        }
        return List.of(when, Cell.count(e.n()), estimate, share ? Cell.share(e.ciLow()) : Cell.mean(e.ciLow()),
                share ? Cell.share(e.ciHigh()) : Cell.mean(e.ciHigh()));
    }

    private String by() {
        return text(headlines.window().kind() == PeriodKind.MONTH ? "reporting.doc.survey.by.month"
                : "reporting.doc.survey.by.quarter");
    }

    /** A share as "62,5%", a mean as "3,70". */
    static String value(double value, boolean share) {
        return share ? Words.percent(value) : Words.decimal(value, 2);
    }

    /** A month or quarter label ("2025-10", "2025-Q3") as the document writes it: "tháng 10 năm 2025". */
    static String words(String label) {
        return ReportPeriod.parse(label).inWords();
    }

    private static LocalDate start(String label) {
        return ReportPeriod.parse(label).from();
    }
}
