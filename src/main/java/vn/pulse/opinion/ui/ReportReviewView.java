package vn.pulse.opinion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Function;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.Notifications;
import vn.pulse.opinion.OpinionReport;
import vn.pulse.opinion.OpinionReviewService;
import vn.pulse.opinion.ReportStatus;

/** One submitted report, read in full; its reviewer approves it, returns it with a comment, or rejects it. */
@Route("opinion/review/:id")
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME, Role.LEADER_NAME})
@StyleSheet("context://styles/opinion.css")
public class ReportReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OpinionReviewService review;
    private final TextArea comment = new TextArea();
    private long id;

    public ReportReviewView(OpinionReviewService review) {
        this.review = review;
        setId("report-review");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        OpinionReport report = review.open(id).orElse(null);
        removeAll();
        if (report == null) {
            add(new Paragraph(getTranslation("opinion.error.notFound", id)));
            return;
        }
        add(new ReportDetails(report));
        if (review.reviewable(id)) {
            addDecision();
        } else if (report.status() == ReportStatus.SUBMITTED && report.author().singleLine()) {
            add(new Paragraph(getTranslation("opinion.error.handlerOnly")));
        }
    }

    private void addDecision() {
        comment.setId("review-comment");
        comment.setLabel(getTranslation("opinion.review.comment"));
        comment.setHelperText(getTranslation("opinion.review.commentHelp"));
        comment.setWidthFull();
        Button approve = decision("review-approve", "opinion.review.approve", ButtonVariant.LUMO_SUCCESS,
                c -> review.approve(id));
        Button back = decision("review-return", "opinion.review.return", ButtonVariant.LUMO_CONTRAST,
                c -> review.returnToAuthor(id, c));
        Button reject = decision("review-reject", "opinion.review.reject", ButtonVariant.LUMO_ERROR,
                c -> review.reject(id, c));
        FlexLayout buttons = new FlexLayout(approve, back, reject);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.addClassName("decision-buttons");
        add(comment, buttons);
    }

    private Button decision(String id, String labelKey, ButtonVariant variant, Function<String, OpinionReport> action) {
        Button button = new Button(getTranslation(labelKey), e -> {
            try {
                OpinionReport decided = action.apply(comment.getValue());
                Notifications.success(getTranslation("opinion.review.done", OpinionLabels.of(this, decided.status())));
                getUI().ifPresent(ui -> ui.navigate(ReviewQueueView.class));
            } catch (DomainException problem) {
                comment.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
                comment.setInvalid(true);
            }
        });
        button.setId(id);
        button.addThemeVariants(variant, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opinion.review.title");
    }
}
