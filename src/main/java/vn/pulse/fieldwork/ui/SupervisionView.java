package vn.pulse.fieldwork.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.ViewHeader;

/** The supervisor's home: fieldwork of their area and the review queue. */
@Route("supervision")
@Menu(order = 0, icon = "vaadin:check-square-o", title = "nav.supervision")
@RolesAllowed(Role.SUPERVISOR_NAME)
public class SupervisionView extends VerticalLayout implements HasDynamicTitle {

    public SupervisionView() {
        setId("supervision");
        var user = CurrentUser.require();
        add(new ViewHeader(getTranslation("supervision.title"), getTranslation("home.greeting", user.displayName())),
                new Paragraph(getTranslation("supervision.empty")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.title");
    }
}
