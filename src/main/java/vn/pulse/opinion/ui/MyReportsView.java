package vn.pulse.opinion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.pulse.base.Formats;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.Notifications;
import vn.pulse.base.ui.ViewHeader;
import vn.pulse.opinion.DuePeriod;
import vn.pulse.opinion.OpinionReportService;
import vn.pulse.opinion.ReportStatus;
import vn.pulse.opinion.ReportSummary;

/**
 * A collaborator's opinion reports: the months still due (one tap starts or resumes the
 * report), an urgent report in one tap, what came back to fix, drafts, and what was sent.
 */
@Route("opinion")
@Menu(order = 10, icon = "vaadin:comments-o", title = "opinion.nav.reports")
@RolesAllowed(Role.SURVEYOR_NAME)
@StyleSheet("context://styles/opinion.css")
public class MyReportsView extends VerticalLayout implements HasDynamicTitle {

    private final OpinionReportService reports;

    public MyReportsView(OpinionReportService reports) {
        this.reports = reports;
        setId("my-opinion-reports");
        refresh();
    }

    private void refresh() {
        removeAll();
        Button urgent = new Button(getTranslation("opinion.reports.newUrgent"), VaadinIcon.BOLT.create(),
                e -> open(reports.startUrgent().uuid()));
        urgent.setId("new-urgent-report");
        urgent.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_ERROR);
        urgent.setDisableOnClick(true);
        add(new ViewHeader(getTranslation("opinion.reports.title"), getTranslation("opinion.reports.description"), urgent));

        List<ReportSummary> mine = reports.myReports();
        section("opinion.reports.due", reports.periodsDue().stream().map(this::dueCard).toList());
        section("opinion.reports.returned", mine.stream().filter(r -> r.status() == ReportStatus.RETURNED)
                .map(this::reportCard).toList());
        section("opinion.reports.drafts", mine.stream().filter(r -> r.status() == ReportStatus.DRAFT)
                .map(this::reportCard).toList());
        section("opinion.reports.sent", mine.stream().filter(r -> !r.status().editable())
                .map(this::reportCard).toList());
    }

    private void section(String headingKey, List<Component> cards) {
        if (cards.isEmpty()) {
            return;
        }
        add(new H3(getTranslation(headingKey)));
        Div list = new Div();
        list.addClassName("opinion-cards");
        list.setWidthFull();
        cards.forEach(list::add);
        add(list);
    }

    private Component dueCard(DuePeriod due) {
        Div card = card(OpinionLabels.period(this, due.period()));
        Span deadline = new Span(getTranslation("opinion.reports.dueOn", Formats.date(due.dueOn())));
        card.add(deadline);
        if (due.overdue()) {
            Span late = new Span(getTranslation("opinion.reports.overdue", due.daysOverdue()));
            late.addClassName("overdue");
            card.add(late);
        }
        Button start = new Button(getTranslation(due.draftUuid() == null ? "opinion.reports.start" : "opinion.reports.resume"),
                VaadinIcon.EDIT.create(), e -> open(reports.startPeriodic(due.period()).uuid()));
        start.setId("start-" + due.period());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.setDisableOnClick(true);
        card.add(start);
        return card;
    }

    private Component reportCard(ReportSummary report) {
        Div card = card(OpinionLabels.title(this, report.kind(), report.period(), report.title()));
        card.add(OpinionLabels.status(this, report.status()),
                new Span(getTranslation("opinion.reports.streams", report.streams(), report.areaName() == null ? ""
                        : report.areaName())));
        if (report.status() == ReportStatus.RETURNED && report.reviewComment() != null) {
            Paragraph comment = new Paragraph(report.reviewComment());
            comment.addClassName("review-comment");
            card.add(comment);
        }
        Button open = new Button(getTranslation(report.status().editable() ? "opinion.reports.edit" : "opinion.reports.view"),
                e -> open(report.uuid()));
        open.setId("open-" + report.uuid());
        open.addThemeVariants(ButtonVariant.LUMO_LARGE);
        card.add(open);
        if (report.status() == ReportStatus.DRAFT) {
            Button discard = new Button(getTranslation("opinion.reports.discard"), VaadinIcon.TRASH.create(), e -> {
                reports.discardDraft(report.uuid());
                Notifications.success(getTranslation("opinion.reports.discarded"));
                refresh();
            });
            discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            card.add(discard);
        }
        return card;
    }

    private static Div card(String heading) {
        Div card = new Div();
        card.addClassName("opinion-card");
        Span title = new Span(heading);
        title.addClassName("card-title");
        card.add(title);
        return card;
    }

    private void open(String uuid) {
        getUI().ifPresent(ui -> ui.navigate(ReportEditorView.class, new RouteParameters("uuid", uuid)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opinion.reports.title");
    }
}
