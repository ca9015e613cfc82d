package vn.pulse.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.pulse.base.security.CurrentUser;

/** The address "/" sends each person to the home of their role. */
@Route("")
@PermitAll
public class RootView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(CurrentUser.require().role().homeRoute());
    }
}
