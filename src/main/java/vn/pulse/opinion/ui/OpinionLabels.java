package vn.pulse.opinion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.stream.Collectors;
import vn.pulse.opinion.Author;
import vn.pulse.opinion.OpinionScale;
import vn.pulse.opinion.ReportKind;
import vn.pulse.opinion.ReportStatus;

/** How opinion values read on screen; one place so every view words them alike. */
final class OpinionLabels {

    private OpinionLabels() {
    }

    static String of(Component c, OpinionScale value) {
        return value == null ? "" : c.getTranslation(value.messageKey());
    }

    static String of(Component c, Collection<? extends OpinionScale> values) {
        return values.stream().map(v -> of(c, v)).sorted().collect(Collectors.joining(", "));
    }

    /** The author's name, or "Cộng tác viên đơn tuyến" when the reader may not know it. */
    static String author(Component c, Author author) {
        return author.hidden() ? c.getTranslation("opinion.singleLine.hidden") : author.name();
    }

    /** "Tháng 10/2026". */
    static String period(Component c, YearMonth period) {
        return c.getTranslation("opinion.ui.month", period.getMonthValue(), String.valueOf(period.getYear()));
    }

    /** "Báo cáo định kỳ tháng 10/2026", or the hot issue of an urgent report. */
    static String title(Component c, ReportKind kind, YearMonth period, String title) {
        if (kind == ReportKind.URGENT) {
            return c.getTranslation("opinion.kind.urgent") + (title == null ? "" : ": " + title);
        }
        return c.getTranslation("opinion.kind.periodic") + " – " + period(c, period).toLowerCase();
    }

    static Badge status(Component c, ReportStatus status) {
        Badge badge = new Badge(of(c, status));
        badge.addClassName("report-status");
        switch (status) {
            case APPROVED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case RETURNED -> badge.addThemeVariants(BadgeVariant.WARNING);
            case REJECTED -> badge.addThemeVariants(BadgeVariant.ERROR);
            case DRAFT -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            default -> {
            }
        }
        return badge;
    }
}
