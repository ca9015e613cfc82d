package vn.pulse.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.pulse.base.Formats;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.ViewHeader;
import vn.pulse.fieldwork.Assignment;
import vn.pulse.fieldwork.AssignmentService;
import vn.pulse.fieldwork.Draft;
import vn.pulse.fieldwork.DraftService;
import vn.pulse.fieldwork.ResponseStatus;
import vn.pulse.fieldwork.ResponseSummary;
import vn.pulse.fieldwork.ReviewService;

/**
 * The surveyor's and collaborator's home, "Việc của tôi": open assignments with progress and
 * deadlines, drafts to resume, returned interviews to fix, and the way to opinion reports.
 */
@Route("my-work")
@Menu(order = 0, icon = "vaadin:clipboard-text", title = "nav.myWork")
@RolesAllowed(Role.SURVEYOR_NAME)
@StyleSheet("context://styles/fieldwork.css")
public class MyWorkView extends VerticalLayout implements HasDynamicTitle {

    private final AssignmentService assignments;
    private final DraftService drafts;
    private final ReviewService review;

    public MyWorkView(AssignmentService assignments, DraftService drafts, ReviewService review) {
        this.assignments = assignments;
        this.drafts = drafts;
        this.review = review;
        setId("my-work");
        var user = CurrentUser.require();
        Anchor opinion = new Anchor("opinion", getTranslation("fieldwork.myWork.opinion"));
        opinion.setId("my-work-opinion");
        add(new ViewHeader(getTranslation("myWork.title"), getTranslation("home.greeting", user.displayName()),
                opinion));
        List<Assignment> mine = assignments.mine();
        Map<Long, String> titles = new HashMap<>();
        mine.forEach(a -> titles.put(a.questionnaireId(), a.questionnaireTitle()));
        add(section("fieldwork.myWork.assignments", "my-assignments", mine.isEmpty() ? List.of(empty("myWork.empty"))
                : mine.stream().map(this::assignmentCard).toList()));
        List<Draft> open = drafts.mine();
        add(section("fieldwork.myWork.drafts", "my-drafts", open.isEmpty() ? List.of(empty("fieldwork.myWork.noDrafts"))
                : open.stream().map(d -> draftCard(d, titles)).toList()));
        List<ResponseSummary> returned = review.mine(ResponseStatus.RETURNED, 100);
        if (!returned.isEmpty()) {
            add(section("fieldwork.myWork.returned", "my-returned",
                    returned.stream().map(r -> returnedCard(r, titles)).toList()));
        }
    }

    private Div section(String titleKey, String id, List<? extends com.vaadin.flow.component.Component> cards) {
        Div list = new Div();
        list.setId(id);
        list.addClassName("fw-cards");
        list.add(new H3(getTranslation(titleKey)));
        cards.forEach(list::add);
        return list;
    }

    private Paragraph empty(String key) {
        return new Paragraph(getTranslation(key));
    }

    private Div assignmentCard(Assignment a) {
        Div card = card("assignment-" + a.id(), a.questionnaireTitle());
        card.add(new Span(a.areaName() + " · " + getTranslation("fieldwork.myWork.until", Formats.date(a.endsOn()))));
        ProgressBar bar = new ProgressBar(0, 1, a.share());
        card.add(bar, new Span(getTranslation("fieldwork.progress", a.done(), a.target())));
        a.quotas().forEach((stratum, quota) -> {
            Span line = new Span(getTranslation("fieldwork.quota", stratum, a.doneByStratum().getOrDefault(stratum, 0),
                    quota));
            if (a.isFull(stratum)) {
                line.addClassName("fw-full");
                line.setText(line.getText() + " · " + getTranslation("fieldwork.quotaFull"));
            }
            card.add(line);
        });
        Button start = new Button(getTranslation("fieldwork.myWork.start"), e -> {
            Draft draft = drafts.start(a.id());
            open(draft.uuid());
        });
        start.setId("start-" + a.id());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean allFull = !a.quotas().isEmpty() && a.quotas().keySet().stream().allMatch(a::isFull);
        start.setEnabled(a.isOpen(java.time.LocalDate.now(Formats.ZONE)) && !allFull);
        card.add(start);
        if (allFull) {
            Span full = new Span(getTranslation("fieldwork.myWork.allFull"));
            full.addClassName("fw-full");
            card.add(full);
        }
        return card;
    }

    private Div draftCard(Draft d, Map<Long, String> titles) {
        Div card = card("draft-" + d.uuid(), titles.getOrDefault(d.questionnaireId(), "#" + d.questionnaireId()));
        card.add(new Span(getTranslation("fieldwork.myWork.saved", Formats.dateTime(d.updatedAt()),
                d.answers().size())));
        Button resume = new Button(getTranslation("fieldwork.myWork.resume"), e -> open(d.uuid()));
        resume.setId("resume-" + d.uuid());
        resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(resume);
        return card;
    }

    private Div returnedCard(ResponseSummary r, Map<Long, String> titles) {
        Div card = card("returned-" + r.id(), titles.getOrDefault(r.questionnaireId(), "#" + r.questionnaireId()));
        card.add(new Span(r.areaName() + " · " + Formats.dateTime(r.completedAt())));
        Paragraph comment = new Paragraph(r.reviewComment());
        comment.addClassName("fw-comment");
        Button fix = new Button(getTranslation("fieldwork.myWork.fix"), e -> open(drafts.fix(r.id()).uuid()));
        fix.setId("fix-" + r.id());
        card.add(comment, fix);
        return card;
    }

    private Div card(String id, String title) {
        Div card = new Div();
        card.setId(id);
        card.addClassName("fw-card");
        Span heading = new Span(title);
        heading.addClassName("card-title");
        card.add(heading);
        return card;
    }

    private void open(String uuid) {
        getUI().ifPresent(ui -> ui.navigate(FillView.class, new RouteParameters("uuid", uuid)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myWork.title");
    }
}
