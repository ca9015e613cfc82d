package vn.pulse.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The heading block of a view: title, an optional line of explanation, and actions on the right. */
public class ViewHeader extends HorizontalLayout {

    public ViewHeader(String title, String description, Component... actions) {
        H2 heading = new H2(title);
        heading.addClassName("view-heading");
        VerticalLayout text = new VerticalLayout(heading);
        text.setPadding(false);
        text.setSpacing(false);
        if (description != null) {
            Paragraph p = new Paragraph(description);
            p.addClassName("view-description");
            text.add(p);
        }
        HorizontalLayout buttons = new HorizontalLayout(actions);
        buttons.setWrap(true);
        add(text, buttons);
        setWidthFull();
        setWrap(true);
        setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        setAlignItems(FlexComponent.Alignment.END);
    }
}
