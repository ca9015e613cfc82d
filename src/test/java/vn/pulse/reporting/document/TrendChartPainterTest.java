package vn.pulse.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Charts over months and quarters: the period reported on is shaded (up to the axis' end), the
 * periods before it are not. PNGs go to target/report-previews for people to look at.
 */
class TrendChartPainterTest {

    private final TrendChartPainter painter = new TrendChartPainter(SampleDocuments.FONTS);

    @Test
    void a_monthly_chart_shades_the_last_month_only() throws IOException {
        BufferedImage image = paint(TrendChartPainter.TimeScale.MONTH, LocalDate.of(2024, 11, 1), 12, 1, "monthly");
        assertThat(highlighted(image, 0.85, 0.97)).as("the report's month").isTrue();
        assertThat(highlighted(image, 0.10, 0.80)).as("the months before").isFalse();
    }

    @Test
    void a_yearly_chart_by_quarter_shades_the_year_s_four_quarters() throws IOException {
        BufferedImage image = paint(TrendChartPainter.TimeScale.QUARTER, LocalDate.of(2024, 1, 1), 8, 3, "quarterly");
        assertThat(highlighted(image, 0.60, 0.97)).as("the report's year").isTrue();
        assertThat(highlighted(image, 0.10, 0.45)).as("the year before").isFalse();
    }

    /** A share per period with its band, the third withheld (a gap); the report's last month, or last year, shaded. */
    private BufferedImage paint(TrendChartPainter.TimeScale scale, LocalDate first, int periods, int monthsEach,
            String name) throws IOException {
        List<TrendChartPainter.Point> points = new ArrayList<>();
        for (int i = 0; i < periods; i++) {
            double share = i == 2 ? Double.NaN : 0.4 + 0.02 * i;
            points.add(new TrendChartPainter.Point(first.plusMonths((long) i * monthsEach), share, share - 0.08,
                    share + 0.08));
        }
        LocalDate reported = scale == TrendChartPainter.TimeScale.MONTH ? first.plusMonths(periods - 1)
                : first.plusMonths(12);
        byte[] png = painter.paint(List.of(new TrendChartPainter.Panel("Tỷ lệ", true, points, new Color(0x2E7D32))),
                reported, scale);
        Path previews = Files.createDirectories(Path.of("target", "report-previews"));
        Files.write(previews.resolve("chart-" + name + ".png"), png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** Whether the highlight shows anywhere on the row near the plot's bottom between two fractions of the width. */
    private static boolean highlighted(BufferedImage image, double from, double to) {
        int y = image.getHeight() * 3 / 5;
        for (int x = (int) (image.getWidth() * from); x < image.getWidth() * to; x++) {
            Color pixel = new Color(image.getRGB(x, y));
            // the pale yellow of the period reported on (0xFFF4D6, drawn at 80% over white)
            if (pixel.getRed() >= 0xF0 && pixel.getRed() - pixel.getBlue() >= 0x10) {
                return true;
            }
        }
        return false;
    }
}
