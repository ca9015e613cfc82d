package vn.pulse.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A number with its caption, for the overview tiles of home views. */
public class StatTile extends Div {

    public StatTile(String caption, String value) {
        Span number = new Span(value);
        number.addClassName("tile-value");
        Span label = new Span(caption);
        label.addClassName("tile-label");
        add(number, label);
        addClassName("tile");
    }
}
