package vn.pulse.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Supplier;
import vn.pulse.base.DomainException;
import vn.pulse.base.ui.Notifications;
import vn.pulse.fieldwork.ReviewService;
import vn.pulse.fieldwork.ReviewedResponse;
import vn.pulse.fieldwork.StoredAnswer;

/** One response's answers as stored, and the supervisor's decision: approve, return with a comment, reject. */
class ReviewDialog extends Dialog {

    ReviewDialog(ReviewService review, ReviewedResponse response, Runnable afterDecision) {
        setId("review-dialog");
        long id = response.summary().id();
        setHeaderTitle("#" + id + " · " + response.summary().collectorName() + " · " + response.summary().areaName());
        setWidth("min(40em, 100vw)");
        Div answers = new Div();
        answers.addClassName("fw-answers");
        for (StoredAnswer a : response.answers()) {
            Div fact = new Div();
            fact.addClassName("fact");
            Span label = new Span(a.name() + (a.item().isEmpty() ? "" : " / " + a.item()));
            label.addClassName("fact-label");
            fact.add(label, new Span(value(a)));
            answers.add(fact);
        }
        TextArea comment = new TextArea(getTranslation("fieldwork.review.comment"));
        comment.setId("review-comment");
        comment.setWidthFull();
        comment.setMaxLength(2000);
        add(answers, comment);
        Button approve = decision("review-approve", "fieldwork.review.approve", () -> review.approve(id), afterDecision);
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button giveBack = decision("review-return", "fieldwork.review.return",
                () -> review.returnToSurveyor(id, comment.getValue()), afterDecision);
        Button reject = decision("review-reject", "fieldwork.review.reject",
                () -> review.reject(id, comment.getValue()), afterDecision);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button close = new Button(getTranslation("common.close"), e -> close());
        getFooter().add(close, reject, giveBack, approve);
    }

    private Button decision(String id, String key, Supplier<?> action, Runnable afterDecision) {
        Button button = new Button(getTranslation(key), e -> {
            try {
                action.get();
                Notifications.success(getTranslation("fieldwork.review.done"));
                close();
                afterDecision.run();
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        button.setId(id);
        return button;
    }

    private static String value(StoredAnswer a) {
        if (a.text() != null) {
            return a.text();
        }
        if (!a.choice().isEmpty()) {
            return a.choice();
        }
        if (a.number() == null) {
            return "";
        }
        return a.number() == Math.rint(a.number()) ? String.valueOf(a.number().longValue()) : String.valueOf(a.number());
    }
}
