package vn.pulse.reporting.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.PeriodAxis;
import org.jfree.chart.axis.PeriodAxisLabelInfo;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.data.Range;
import org.jfree.data.time.Month;
import org.jfree.data.time.Quarter;
import org.jfree.data.time.RegularTimePeriod;
import org.jfree.data.time.Year;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import vn.pulse.base.Formats;
import vn.pulse.base.i18n.Messages;

/**
 * Trend charts for reports, drawn on the server as PNG: one or more panels over a shared axis of
 * weeks, months or quarters, each a line with a shaded band for its interval. Periods without a
 * publishable value (NaN) leave a gap instead of a made-up line. Labels use the report font and Vietnamese number
 * formats (decimal comma).
 */
public final class TrendChartPainter {

    /** Drawn at twice the size it is laid out at, so that it stays sharp in print. */
    private static final int SCALE = 2;
    private static final int WIDTH = 600;
    private static final int PANEL_HEIGHT = 140;
    private static final Locale LOCALE = Messages.VIETNAMESE;
    private static final String[] QUARTERS = {"Quý I", "Quý II", "Quý III", "Quý IV"};

    /**
     * One period's value and the ends of its interval; NaN value: nothing to show then.
     *
     * @param week the period's first day: its week's Monday, or its month's or quarter's first day
     */
    public record Point(LocalDate week, double value, double low, double high) {
    }

    /**
     * One panel of a chart.
     *
     * @param percent whether values are shares (0..1) written as percentages
     */
    public record Panel(String axisLabel, boolean percent, List<Point> points, Color color) {
        public Panel {
            points = List.copyOf(points);
        }
    }

    private final ReportFonts fonts;

    public TrendChartPainter(ReportFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * How the time axis is divided: weeks, each dated by its Monday (dd/MM), or calendar months or
     * quarters, each drawn in its middle under its label and its year.
     */
    public enum TimeScale { WEEK, MONTH, QUARTER }

    /**
     * The panels stacked over one week axis, the weeks from {@code highlightFrom} on shaded as
     * the period reported on.
     */
    public byte[] paint(List<Panel> panels, LocalDate highlightFrom) {
        return paint(panels, highlightFrom, TimeScale.WEEK);
    }

    /**
     * The panels stacked over one time axis, from {@code highlightFrom} on shaded as the period
     * reported on. Months and quarters are dated by their first day.
     */
    public byte[] paint(List<Panel> panels, LocalDate highlightFrom, TimeScale scale) {
        // The whole window, even where periods are withheld: a gap must show as a gap.
        List<LocalDate> days = panels.stream().flatMap(p -> p.points().stream()).map(Point::week).sorted().toList();
        ValueAxis time = scale == TimeScale.WEEK || days.isEmpty() ? weekAxis(days) : periodAxis(days, scale);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
        combined.setGap(8);
        // A period axis maps values past its range to nothing, so its shading ends where the axis does.
        double highlightTo = time instanceof PeriodAxis ? time.getUpperBound() : Double.MAX_VALUE;
        for (Panel panel : panels) {
            combined.add(plot(panel, highlightFrom, highlightTo, scale), 1);
        }
        JFreeChart chart = new JFreeChart(null, null, combined, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return png(chart, WIDTH, PANEL_HEIGHT * panels.size() + (scale == TimeScale.WEEK ? 30 : 45));
    }

    private DateAxis weekAxis(List<LocalDate> days) {
        DateAxis weeks = new DateAxis();
        weeks.setTimeZone(TimeZone.getTimeZone(Formats.ZONE));
        weeks.setDateFormatOverride(format("dd/MM"));
        weeks.setTickLabelFont(font(Font.PLAIN, 11));
        if (!days.isEmpty()) {
            weeks.setRange(millis(days.getFirst().minusDays(3)), millis(days.getLast().plusDays(3)));
        }
        return weeks;
    }

    private PeriodAxis periodAxis(List<LocalDate> days, TimeScale scale) {
        TimeZone zone = TimeZone.getTimeZone(Formats.ZONE);
        RegularTimePeriod first = period(days.getFirst(), scale);
        RegularTimePeriod last = period(days.getLast(), scale);
        PeriodAxis axis = new PeriodAxis(null, first, last, zone, LOCALE);
        Class<? extends RegularTimePeriod> unit = scale == TimeScale.MONTH ? Month.class : Quarter.class;
        axis.setAutoRangeTimePeriodClass(unit);
        axis.setMajorTickTimePeriodClass(unit);
        axis.setMinorTickMarksVisible(false);
        // Its range is not set by the constructor, and markers are drawn only within it.
        axis.setRange(new Range(first.getFirstMillisecond(), last.getLastMillisecond()), true, false);
        DateFormat label = scale == TimeScale.MONTH ? format("'T'M") : new QuarterName(zone);
        axis.setLabelInfo(new PeriodAxisLabelInfo[] {labels(unit, label), labels(Year.class, format("yyyy"))});
        return axis;
    }

    private PeriodAxisLabelInfo labels(Class<? extends RegularTimePeriod> unit, DateFormat format) {
        return new PeriodAxisLabelInfo(unit, format, PeriodAxisLabelInfo.DEFAULT_INSETS, font(Font.PLAIN, 11),
                Color.DARK_GRAY, true, PeriodAxisLabelInfo.DEFAULT_DIVIDER_STROKE, PeriodAxisLabelInfo.DEFAULT_DIVIDER_PAINT);
    }

    /** The month or quarter holding the day. */
    private static RegularTimePeriod period(LocalDate day, TimeScale scale) {
        return scale == TimeScale.MONTH ? new Month(day.getMonthValue(), day.getYear())
                : new Quarter((day.getMonthValue() - 1) / 3 + 1, day.getYear());
    }

    /** Where a point is drawn: on its week's Monday, in the middle of its month or quarter. */
    private static double x(LocalDate day, TimeScale scale) {
        if (scale == TimeScale.WEEK) {
            return millis(day);
        }
        LocalDate start = scale == TimeScale.MONTH ? day.withDayOfMonth(1)
                : LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
        return (millis(start) + millis(start.plusMonths(scale == TimeScale.MONTH ? 1 : 3))) / 2;
    }

    private XYPlot plot(Panel panel, LocalDate highlightFrom, double highlightTo, TimeScale scale) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.22f);
        YIntervalSeries run = null;
        for (Point point : panel.points()) {
            if (Double.isNaN(point.value())) {
                run = null;
                continue;
            }
            if (run == null) {
                run = new YIntervalSeries("run" + data.getSeriesCount());
                int index = data.getSeriesCount();
                data.addSeries(run);
                renderer.setSeriesPaint(index, panel.color());
                renderer.setSeriesFillPaint(index, panel.color());
                renderer.setSeriesStroke(index, new BasicStroke(2f));
                renderer.setSeriesShape(index, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            }
            run.add(x(point.week(), scale), point.value(), safe(point.low(), point.value()), safe(point.high(), point.value()));
        }
        NumberAxis values = new NumberAxis(panel.axisLabel());
        values.setLabelFont(font(Font.PLAIN, 12));
        values.setTickLabelFont(font(Font.PLAIN, 11));
        values.setAutoRangeIncludesZero(true);
        if (panel.percent()) {
            NumberFormat percent = NumberFormat.getPercentInstance(LOCALE);
            values.setNumberFormatOverride(percent);
            values.setRange(0, 1);
        } else {
            values.setNumberFormatOverride(NumberFormat.getIntegerInstance(LOCALE));
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(LOCALE));
        }
        XYPlot plot = new XYPlot(data, null, values, renderer);
        plot.setDataset(1, isolated(data));
        YIntervalRenderer bars = new YIntervalRenderer();
        bars.setSeriesPaint(0, panel.color());
        bars.setSeriesStroke(0, new BasicStroke(1.5f));
        bars.setSeriesShape(0, new Rectangle2D.Double(-4, -0.75, 8, 1.5));
        plot.setRenderer(1, bars);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlinePaint(new Color(0x999999));
        if (highlightFrom != null) {
            IntervalMarker period = new IntervalMarker(millis(highlightFrom), highlightTo);
            period.setPaint(new Color(0xFFF4D6));
            plot.addDomainMarker(period, org.jfree.chart.ui.Layer.BACKGROUND);
        }
        return plot;
    }

    /** A week standing alone has no band to shade: its interval is drawn as a bar instead. */
    private static YIntervalSeriesCollection isolated(YIntervalSeriesCollection runs) {
        YIntervalSeries alone = new YIntervalSeries("alone");
        for (int s = 0; s < runs.getSeriesCount(); s++) {
            if (runs.getItemCount(s) == 1) {
                alone.add(runs.getXValue(s, 0), runs.getYValue(s, 0), runs.getStartYValue(s, 0), runs.getEndYValue(s, 0));
            }
        }
        YIntervalSeriesCollection bars = new YIntervalSeriesCollection();
        bars.addSeries(alone);
        return bars;
    }

    private byte[] png(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        try {
            return ChartUtils.encodeAsPNG(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Font font(int style, float size) {
        return fonts.awt(style, size);
    }

    private static SimpleDateFormat format(String pattern) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, LOCALE);
        format.setTimeZone(TimeZone.getTimeZone(Formats.ZONE));
        return format;
    }

    private static double millis(LocalDate day) {
        return day.atStartOfDay(Formats.ZONE).toInstant().toEpochMilli();
    }

    private static double safe(double bound, double value) {
        return Double.isNaN(bound) ? value : bound;
    }

    /** A quarter's name alone ("Quý III"): the year is on the row below. */
    private static final class QuarterName extends DateFormat {

        QuarterName(TimeZone zone) {
            setCalendar(Calendar.getInstance(zone, LOCALE));
            setNumberFormat(NumberFormat.getIntegerInstance(LOCALE));
        }

        @Override
        public StringBuffer format(Date date, StringBuffer to, FieldPosition position) {
            calendar.setTime(date);
            return to.append(QUARTERS[calendar.get(Calendar.MONTH) / 3]);
        }

        @Override
        public Date parse(String source, ParsePosition position) {
            throw new UnsupportedOperationException("quarter names are only written");
        }
    }
}
