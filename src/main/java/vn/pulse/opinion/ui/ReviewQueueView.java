package vn.pulse.opinion.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.pulse.base.Formats;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.ViewHeader;
import vn.pulse.opinion.OpinionReviewService;
import vn.pulse.opinion.ReportFilter;
import vn.pulse.opinion.ReportStatus;
import vn.pulse.opinion.ReportSummary;

/** The supervisor's queue of opinion reports waiting for a decision, and every submitted report of the area. */
@Route("opinion/review")
@Menu(order = 10, icon = "vaadin:check-circle-o", title = "opinion.nav.review")
@RolesAllowed(Role.SUPERVISOR_NAME)
@StyleSheet("context://styles/opinion.css")
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    private final OpinionReviewService review;
    private final Select<ReportStatus> status = new Select<>();
    private final Div list = new Div();

    public ReviewQueueView(OpinionReviewService review) {
        this.review = review;
        setId("review-queue");
        status.setId("review-status");
        status.setLabel(getTranslation("opinion.review.show"));
        status.setItems(ReportStatus.SUBMITTED, ReportStatus.RETURNED, ReportStatus.APPROVED, ReportStatus.REJECTED);
        status.setItemLabelGenerator(s -> s == null ? getTranslation("common.all")
                : s == ReportStatus.SUBMITTED ? getTranslation("opinion.review.waiting") : OpinionLabels.of(this, s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("common.all"));
        status.setValue(ReportStatus.SUBMITTED);
        status.addValueChangeListener(e -> refresh());
        list.setId("review-list");
        list.addClassName("opinion-cards");
        list.setWidthFull();
        add(new ViewHeader(getTranslation("opinion.review.title"), getTranslation("opinion.review.description"), status),
                list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<ReportSummary> found = status.getValue() == ReportStatus.SUBMITTED ? review.queue()
                : review.list(new ReportFilter(status.getValue(), null, null));
        if (found.isEmpty()) {
            list.add(new Paragraph(getTranslation("opinion.review.empty")));
        }
        for (ReportSummary report : found) {
            Div card = new Div();
            card.addClassName("opinion-card");
            card.addClassName("clickable");
            card.setId("review-" + report.id());
            Span title = new Span(OpinionLabels.title(this, report.kind(), report.period(), report.title()));
            title.addClassName("card-title");
            card.add(title, OpinionLabels.status(this, report.status()),
                    new Span(OpinionLabels.author(this, report.author()) + " · " + report.areaName()),
                    new Span(getTranslation("opinion.review.sent", Formats.dateTime(report.submittedAt()),
                            report.streams())));
            card.getElement().addEventListener("click", e -> getUI().ifPresent(ui -> ui.navigate(
                    ReportReviewView.class, new RouteParameters("id", String.valueOf(report.id())))));
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opinion.review.title");
    }
}
