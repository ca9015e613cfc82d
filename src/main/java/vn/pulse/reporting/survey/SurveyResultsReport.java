package vn.pulse.reporting.survey;

import static vn.pulse.reporting.survey.SurveyText.text;

import java.awt.Color;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.pulse.base.DomainException;
import vn.pulse.base.Formats;
import vn.pulse.base.i18n.Messages;
import vn.pulse.fieldwork.FieldworkProperties;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.SamplingPlan;
import vn.pulse.reporting.ReportBuilder;
import vn.pulse.reporting.ReportKind;
import vn.pulse.reporting.ReportPeriod;
import vn.pulse.reporting.ReportSpec;
import vn.pulse.reporting.document.Block;
import vn.pulse.reporting.document.Bullets;
import vn.pulse.reporting.document.Cell;
import vn.pulse.reporting.document.Chart;
import vn.pulse.reporting.document.Paragraph;
import vn.pulse.reporting.document.ReportBody;
import vn.pulse.reporting.document.ReportTable;
import vn.pulse.reporting.document.Section;
import vn.pulse.reporting.document.SubHeading;
import vn.pulse.reporting.document.TrendChartPainter;
import vn.pulse.statistics.Difference;
import vn.pulse.statistics.EstimationOptions;
import vn.pulse.statistics.Estimate;

/**
 * Báo cáo kết quả khảo sát: one questionnaire's results in an area for a wave, compared with an
 * earlier wave when one is named. Estimates are made from the raw responses with the sampling
 * plan's weights (N_h / n_h), each with its base n and 95% interval; the difference between the
 * waves is tested with the design. Cells resting on fewer respondents than the small-cell rule
 * allows are withheld, and a non-probability sample is reported without margins or tests.
 */
@Component
class SurveyResultsReport implements ReportBuilder {

    /** Likert questions given a monthly trend chart. */
    static final int CHARTED = 4;
    static final double SIGNIFICANCE = 0.05;
    private static final Locale VI = Messages.VIETNAMESE;
    private static final Color SHARE_COLOUR = new Color(0x1565C0);

    private final QuestionnaireService questionnaires;
    private final SurveyResponses responses;
    private final FieldworkProperties fieldwork;
    private final TrendChartPainter painter;

    SurveyResultsReport(QuestionnaireService questionnaires, SurveyResponses responses, FieldworkProperties fieldwork,
            TrendChartPainter painter) {
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.fieldwork = fieldwork;
        this.painter = painter;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.SURVEY_RESULTS;
    }

    @Override
    public void check(ReportSpec spec) {
        form(spec);
    }

    private FormDefinition form(ReportSpec spec) {
        return questionnaires.currentPublished(spec.questionnaireId()).orElseThrow(() -> DomainException.notFound(
                "questionnaire_not_found", "reporting.error.questionnaire", spec.questionnaireId()));
    }

    @Override
    public ReportBody build(ReportSpec spec, Progress progress) {
        FormDefinition form = form(spec);
        ReportPeriod period = spec.period();
        ReportPeriod baseline = spec.baseline();
        boolean compare = baseline != null;
        progress.at(10, "reporting.stage.data");
        LocalDate from = compare ? baseline.from() : period.from();
        SurveyResponses.Data data = responses.read(spec.questionnaireId(), spec.area().path(),
                fieldwork.statisticsStatuses(), from, period.to());
        Waves waves = new Waves(data, form.samplingPlan(), period, baseline);
        String title = form.title().in("vi", form.defaultLanguage());
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(null, List.of(Paragraph.of(intro(spec, title, waves)))));
        sections.add(new Section(text("reporting.survey.section.design"), design(form.samplingPlan(), waves, spec)));
        if (waves.sample == null || waves.counts[Waves.AFTER] == 0) {
            sections.add(new Section(text("reporting.survey.section.results"),
                    List.of(Paragraph.of(text("reporting.survey.empty", period.inWords())))));
            return body(spec, title, sections, waves, form);
        }
        progress.at(30, "reporting.stage.analysis");
        QuestionFigures figures = new QuestionFigures(EstimationOptions.DEFAULT.withMinCellSize(spec.minReports()));
        List<Block> results = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        int number = 0;
        int table = 1;
        for (Question q : form.questions()) {
            if (!QuestionFigures.estimated(q)) {
                continue;
            }
            List<QuestionFigures.Line> lines = figures.lines(q, waves, data, compare);
            String label = q.label().in("vi", form.defaultLanguage());
            results.add(new SubHeading(++number + ". " + label));
            if (QuestionFigures.isLikert(q)) {
                results.add(Paragraph.of(highlight(lines.getLast(), waves.probability)));
            }
            results.add(table(++table, number, label, lines, compare, waves.probability));
            lines.stream().filter(l -> significant(l.change(), waves.probability))
                    .forEach(l -> changes.add(change(label, l)));
        }
        sections.add(new Section(text("reporting.survey.section.results"), results));

        progress.at(50, "reporting.stage.charts");
        List<Block> trends = new ArrayList<>();
        int chart = 0;
        for (Question q : form.questions()) {
            if (QuestionFigures.isLikert(q) && chart < CHARTED) {
                trends.add(chart(++chart, q, form, waves, data, figures, from, period));
            }
        }
        if (trends.isEmpty()) {
            trends.add(Paragraph.of(text("reporting.survey.trend.none")));
        }
        sections.add(new Section(text("reporting.survey.section.trend"), trends));

        List<Block> closing = new ArrayList<>();
        if (compare) {
            closing.add(Paragraph.of(!waves.probability ? text("reporting.survey.changes.nonProbability")
                    : changes.isEmpty() ? text("reporting.survey.changes.none")
                    : text("reporting.survey.changes.some", changes.size())));
            if (!changes.isEmpty()) {
                closing.add(new Bullets(changes));
            }
        }
        closing.add(Paragraph.note(text("reporting.survey.method", spec.minReports(), statuses())));
        sections.add(new Section(text("reporting.survey.section.conclusions"), closing));
        return body(spec, title, sections, waves, form);
    }

    private ReportBody body(ReportSpec spec, String title, List<Section> sections, Waves waves, FormDefinition form) {
        List<List<String>> about = new ArrayList<>(List.of(
                List.of(text("reporting.doc.about.area"), spec.area().name()),
                List.of(text("reporting.survey.about.questionnaire"), title + " (" + form.code() + ", "
                        + text("reporting.export.version", form.version()) + ")"),
                List.of(text("reporting.doc.about.period"), spec.period().inWords()),
                List.of(text("reporting.survey.about.responses"), String.valueOf(waves.counts[Waves.AFTER]))));
        if (spec.baseline() != null) {
            about.add(List.of(text("reporting.survey.about.baseline"), spec.baseline().inWords()));
            about.add(List.of(text("reporting.survey.about.baselineResponses"), String.valueOf(waves.counts[Waves.BEFORE])));
        }
        about.add(List.of(text("reporting.survey.about.minCell"), String.valueOf(spec.minReports())));
        return new ReportBody("survey-results", text("reporting.doc.periodic.type"),
                text("reporting.survey.summary", title, spec.period().inWords()), sections, List.of(), about);
    }

    private static String intro(ReportSpec spec, String title, Waves waves) {
        String comparison = spec.baseline() == null ? ""
                : text("reporting.survey.intro.compare", spec.baseline().inWords(), waves.counts[Waves.BEFORE]);
        return text("reporting.survey.intro", title, waves.counts[Waves.AFTER], spec.period().inWords(),
                spec.area().name(), comparison);
    }

    private static List<Block> design(SamplingPlan plan, Waves waves, ReportSpec spec) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of(switch (plan.design()) {
            case STRATIFIED -> waves.probability ? text("reporting.survey.design.stratified",
                    SamplingPlan.AREA.equals(plan.stratifyBy()) ? text("reporting.survey.design.byArea") : plan.stratifyBy(),
                    plan.strata().size()) : text("reporting.survey.design.nonProbability");
            case SIMPLE -> waves.probability ? text("reporting.survey.design.simple", plan.population())
                    : text("reporting.survey.design.nonProbability");
            case NONPROBABILITY -> text("reporting.survey.design.nonProbability");
        }));
        if (waves.probability && plan.clusterBy() != null) {
            blocks.add(Paragraph.note(text("reporting.survey.design.clustered")));
        }
        List<List<Cell>> rows = new ArrayList<>();
        if (spec.baseline() != null) {
            rows.add(waveRow(text("reporting.survey.wave.before"), spec.baseline(), waves, Waves.BEFORE));
        }
        rows.add(waveRow(text("reporting.survey.wave.after"), spec.period(), waves, Waves.AFTER));
        blocks.add(new ReportTable(text("reporting.survey.sheet.sample"), text("reporting.survey.table.sample", 1),
                List.of(text("reporting.survey.col.wave"), text("reporting.survey.col.dates"),
                        text("reporting.survey.col.responses"), text("reporting.survey.col.unreviewed")),
                rows, null));
        if (waves.unweighable > 0) {
            blocks.add(Paragraph.note(text("reporting.survey.unweighable", waves.unweighable)));
        }
        return blocks;
    }

    private static List<Cell> waveRow(String name, ReportPeriod period, Waves waves, int wave) {
        return List.of(Cell.text(name + " (" + period.inWords() + ")"),
                Cell.text(Formats.date(period.from()) + " – " + Formats.date(period.to())),
                Cell.count(waves.counts[wave]), Cell.count(waves.unreviewed[wave]));
    }

    private static ReportTable table(int tableNumber, int question, String label, List<QuestionFigures.Line> lines,
            boolean compare, boolean probability) {
        List<String> columns = new ArrayList<>();
        columns.add(text("reporting.survey.col.indicator"));
        if (compare) {
            addWaveColumns(columns, text("reporting.survey.col.before"), probability);
        }
        addWaveColumns(columns, compare ? text("reporting.survey.col.after") : "", probability);
        if (compare) {
            columns.add(text("reporting.survey.col.change"));
            if (probability) {
                columns.add(text("reporting.survey.col.p"));
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (QuestionFigures.Line line : lines) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(line.label()));
            if (compare) {
                addWaveCells(row, line.before(), line.percent(), probability);
            }
            addWaveCells(row, line.after(), line.percent(), probability);
            if (compare) {
                Difference d = line.change();
                row.add(d == null || d.suppressed() || Double.isNaN(d.difference()) ? Cell.withheld()
                        : Cell.text(signed(d.difference(), line.percent())));
                if (probability) {
                    row.add(d == null || d.suppressed() || Double.isNaN(d.pValue()) ? Cell.withheld()
                            : Cell.text(p(d.pValue())));
                }
            }
            rows.add(row);
        }
        String note = probability ? text("reporting.survey.table.note") : text("reporting.survey.table.noteNonProbability");
        return new ReportTable(text("reporting.survey.sheet.question", question),
                text("reporting.survey.table.question", tableNumber, label), columns, rows, note);
    }

    private static void addWaveColumns(List<String> columns, String wave, boolean probability) {
        String prefix = wave.isEmpty() ? "" : wave + ": ";
        columns.add(prefix + "n");
        columns.add(prefix + text("reporting.survey.col.estimate"));
        if (probability) {
            columns.add(prefix + text("reporting.survey.col.interval"));
        }
    }

    private static void addWaveCells(List<Cell> row, Estimate e, boolean percent, boolean probability) {
        boolean hidden = e == null || e.suppressed();
        row.add(hidden ? Cell.withheld() : Cell.count(e.n()));
        row.add(hidden ? Cell.withheld() : percent ? Cell.share(e.estimate()) : Cell.decimal(e.estimate()));
        if (probability) {
            row.add(hidden || !e.hasMarginOfError() ? Cell.withheld() : Cell.text(interval(e, percent)));
        }
    }

    private static String highlight(QuestionFigures.Line line, boolean probability) {
        Estimate after = line.after();
        if (after.suppressed()) {
            return text("reporting.survey.highlight.withheld", line.label());
        }
        String text = text("reporting.survey.highlight", line.label(), Formats.percent(after.estimate(), VI), after.n(),
                after.hasMarginOfError() ? text("reporting.survey.highlight.interval", interval(after, true)) : "");
        Difference d = line.change();
        if (d == null) {
            return text + ".";
        }
        if (d.suppressed() || line.before().suppressed()) {
            return text + "; " + text("reporting.survey.highlight.noComparison") + ".";
        }
        String way = d.difference() >= 0 ? text("reporting.survey.up") : text("reporting.survey.down");
        text += "; " + text("reporting.survey.highlight.change", way, Formats.number(Math.abs(d.difference()) * 100, 1, VI),
                Formats.percent(line.before().estimate(), VI));
        if (probability && !Double.isNaN(d.pValue())) {
            text += "; " + (d.pValue() < SIGNIFICANCE ? text("reporting.survey.significant", pText(d.pValue()))
                    : text("reporting.survey.notSignificant", pText(d.pValue())));
        }
        return text + ".";
    }

    private static boolean significant(Difference d, boolean probability) {
        return probability && d != null && !d.suppressed() && !Double.isNaN(d.pValue()) && d.pValue() < SIGNIFICANCE;
    }

    private static String change(String question, QuestionFigures.Line line) {
        Difference d = line.change();
        return text("reporting.survey.changes.item", question, line.label(), d.difference() >= 0
                ? text("reporting.survey.up") : text("reporting.survey.down"),
                line.percent() ? Formats.number(Math.abs(d.difference()) * 100, 1, VI) + " " + text("reporting.survey.points")
                        : Formats.number(Math.abs(d.difference()), 2, VI), pText(d.pValue()));
    }

    /** A monthly chart of a Likert question's top-two-box share with its 95% band. */
    private Block chart(int number, Question q, FormDefinition form, Waves waves, SurveyResponses.Data data,
            QuestionFigures figures, LocalDate from, ReportPeriod period) {
        double[] scale = QuestionFigures.numbers(waves, data, q, null);
        int k = q.choices().size();
        double[] top = new double[scale.length];
        for (int m = 0; m < top.length; m++) {
            top[m] = Double.isNaN(scale[m]) ? Double.NaN : scale[m] >= k - 1 ? 1 : 0;
        }
        List<TrendChartPainter.Point> points = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(period.to())); month = month.plusMonths(1)) {
            boolean[] domain = new boolean[waves.size()];
            boolean any = false;
            for (int m = 0; m < domain.length; m++) {
                domain[m] = YearMonth.from(data.respondents().get(waves.members.get(m)).date()).equals(month);
                any |= domain[m] && !Double.isNaN(top[m]);
            }
            if (!any) {
                continue;
            }
            Estimate e = figures.share(waves, top, domain);
            points.add(new TrendChartPainter.Point(month.atDay(1), e.suppressed() ? Double.NaN : e.estimate(),
                    e.hasMarginOfError() ? e.ciLow() : Double.NaN, e.hasMarginOfError() ? e.ciHigh() : Double.NaN));
        }
        String label = q.label().in("vi", form.defaultLanguage());
        String share = text("reporting.survey.topBox", QuestionFigures.label(q.choices().get(k - 2)),
                QuestionFigures.label(q.choices().get(k - 1)));
        byte[] png = painter.paint(List.of(new TrendChartPainter.Panel(share, true, points, SHARE_COLOUR)),
                period.from());
        return new Chart(text("reporting.survey.chart.title", number, label), png, 16,
                text("reporting.survey.chart.caption", waves.probability ? text("reporting.survey.chart.band")
                        : text("reporting.survey.chart.noBand")));
    }

    private static String interval(Estimate e, boolean percent) {
        return percent ? Formats.percent(e.ciLow(), VI) + " – " + Formats.percent(e.ciHigh(), VI)
                : Formats.number(e.ciLow(), 2, VI) + " – " + Formats.number(e.ciHigh(), 2, VI);
    }

    private static String signed(double value, boolean percent) {
        String sign = value > 0 ? "+" : value < 0 ? "−" : "";
        return percent ? sign + Formats.number(Math.abs(value) * 100, 1, VI) + " " + text("reporting.survey.pointsShort")
                : sign + Formats.number(Math.abs(value), 2, VI);
    }

    private static String p(double p) {
        return p < 0.001 ? "< 0,001" : Formats.number(p, 3, VI);
    }

    private static String pText(double p) {
        return p < 0.001 ? "p < 0,001" : "p = " + Formats.number(p, 3, VI);
    }

    private String statuses() {
        return fieldwork.statisticsStatuses().stream().sorted()
                .map(s -> text("reporting.export.status." + s.name().toLowerCase(Locale.ROOT)).toLowerCase(VI))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
