package vn.pulse.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import vn.pulse.questionnaire.FormProblem;

/** What stops a questionnaire from being published, each problem with the question and field it is in. */
class ProblemsDialog extends Dialog {

    ProblemsDialog(List<FormProblem> problems) {
        setHeaderTitle(getTranslation("questionnaire.designer.checkTitle"));
        setWidth("min(44em, 95vw)");
        if (problems.isEmpty()) {
            add(new Paragraph(getTranslation("questionnaire.designer.checkOk")));
        } else {
            add(new Paragraph(getTranslation("questionnaire.error.invalid", problems.size())));
            UnorderedList list = new UnorderedList();
            list.setId("problem-list");
            list.addClassName("designer-problems");
            problems.forEach(p -> list.add(new ListItem(describe(p))));
            add(list);
        }
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    private String describe(FormProblem p) {
        return getTranslation("questionnaire.problem.where", p.subject(), p.field()) + ": "
                + getTranslation(p.messageKey(), p.args().toArray());
    }
}
