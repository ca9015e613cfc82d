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
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.pulse.account.AccountService;
import vn.pulse.area.AreaPicker;
import vn.pulse.area.AreaService;
import vn.pulse.base.DomainException;
import vn.pulse.base.Formats;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.Notifications;
import vn.pulse.base.ui.ViewHeader;
import vn.pulse.fieldwork.Assignment;
import vn.pulse.fieldwork.AssignmentService;
import vn.pulse.fieldwork.ResponseStatus;
import vn.pulse.fieldwork.ResponseSummary;
import vn.pulse.fieldwork.ReviewService;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.QuestionnaireSummary;

/** The supervisor's home: the review queue of their area, assignments with live progress, paper entry. */
@Route("supervision")
@Menu(order = 0, icon = "vaadin:check-square-o", title = "nav.supervision")
@RolesAllowed(Role.SUPERVISOR_NAME)
@StyleSheet("context://styles/fieldwork.css")
public class SupervisionView extends VerticalLayout implements HasDynamicTitle {

    private final ReviewService review;
    private final AssignmentService assignments;
    private final QuestionnaireService questionnaires;
    private final Div queue = new Div();
    private final Div progress = new Div();
    private final Map<Long, String> titles = new HashMap<>();
    private final AreaPicker areaFilter;

    public SupervisionView(ReviewService review, AssignmentService assignments, QuestionnaireService questionnaires,
            AccountService accounts, AreaService areas) {
        this.review = review;
        this.assignments = assignments;
        this.questionnaires = questionnaires;
        setId("supervision");
        var user = CurrentUser.require();
        Button assign = new Button(getTranslation("fieldwork.assign.open"), e -> new AssignDialog(assignments,
                questionnaires, accounts, areas, this::refresh).open());
        assign.setId("assign-open");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor paper = new Anchor("supervision/paper", getTranslation("fieldwork.paper.title"));
        paper.setId("paper-entry-link");
        add(new ViewHeader(getTranslation("supervision.title"), getTranslation("home.greeting", user.displayName()),
                assign, paper));
        areaFilter = new AreaPicker(getTranslation("fieldwork.review.area"), areas);
        areaFilter.setId("queue-area");
        areaFilter.setWidth("min(24em, 100%)");
        areaFilter.addValueChangeListener(e -> refresh());
        add(areaFilter);
        queue.setId("response-queue");
        queue.addClassName("fw-cards");
        progress.setId("assignment-progress");
        progress.addClassName("fw-cards");
        add(queue, progress);
        refresh();
    }

    private void refresh() {
        titles.clear();
        for (QuestionnaireSummary q : questionnaires.list(false)) {
            titles.put(q.id(), q.title().in(getLocale(), "vi"));
        }
        queue.removeAll();
        queue.add(new H3(getTranslation("fieldwork.review.queue")));
        String within = areaFilter.getValue() == null ? "/" : areaFilter.getValue().path();
        List<ResponseSummary> waiting = review.queue(ResponseStatus.SUBMITTED, null, 500).stream()
                .filter(r -> r.areaPath().startsWith(within)).toList();
        if (waiting.isEmpty()) {
            queue.add(new Paragraph(getTranslation("supervision.empty")));
        }
        waiting.forEach(r -> queue.add(responseCard(r)));
        progress.removeAll();
        progress.add(new H3(getTranslation("fieldwork.assign.progress")));
        List<Assignment> all = assignments.inMyArea().stream().filter(a -> a.areaPath().startsWith(within)).toList();
        if (all.isEmpty()) {
            progress.add(new Paragraph(getTranslation("fieldwork.assign.none")));
        }
        all.forEach(a -> progress.add(assignmentCard(a)));
    }

    private Div responseCard(ResponseSummary r) {
        Div card = new Div();
        card.setId("response-" + r.id());
        card.addClassName("fw-card");
        Span title = new Span(titles.getOrDefault(r.questionnaireId(), "#" + r.questionnaireId()) + " · #" + r.id());
        title.addClassName("card-title");
        card.add(title, new Span(r.collectorName() + " · " + r.areaName() + " · " + Formats.dateTime(r.completedAt())
                + (r.formNumber() == null ? "" : " · " + getTranslation("fieldwork.paper.number") + " " + r.formNumber())));
        Button open = new Button(getTranslation("fieldwork.review.open"), e -> review.open(r.id())
                .ifPresent(found -> new ReviewDialog(review, found, this::refresh).open()));
        open.setId("open-" + r.id());
        Button approve = new Button(getTranslation("fieldwork.review.approve"), e -> decide(() -> review.approve(r.id())));
        approve.setId("approve-" + r.id());
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        card.add(new com.vaadin.flow.component.orderedlayout.HorizontalLayout(open, approve));
        return card;
    }

    private void decide(Runnable action) {
        try {
            action.run();
            Notifications.success(getTranslation("fieldwork.review.done"));
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.args()));
        }
        refresh();
    }

    private Div assignmentCard(Assignment a) {
        Div card = new Div();
        card.setId("assignment-" + a.id());
        card.addClassName("fw-card");
        Span title = new Span(a.questionnaireTitle());
        title.addClassName("card-title");
        card.add(title, new Span(a.surveyorName() + " · " + a.areaName() + " · " + Formats.date(a.startsOn()) + " – "
                + Formats.date(a.endsOn())), new ProgressBar(0, 1, a.share()),
                new Span(getTranslation("fieldwork.progress", a.done(), a.target())));
        a.quotas().forEach((stratum, quota) -> {
            Span line = new Span(getTranslation("fieldwork.quota", stratum, a.doneByStratum().getOrDefault(stratum, 0),
                    quota));
            if (a.isFull(stratum)) {
                line.addClassName("fw-full");
            }
            card.add(line);
        });
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.title");
    }
}
