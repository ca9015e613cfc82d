package vn.pulse.analytics.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.ViewHeader;

/** The leader's home: the opinion picture of their area. */
@Route("overview")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.overview")
@RolesAllowed(Role.LEADER_NAME)
public class OverviewView extends VerticalLayout implements HasDynamicTitle {

    public OverviewView() {
        setId("overview");
        var user = CurrentUser.require();
        String area = user.areaName() == null ? getTranslation("area.national") : user.areaName();
        add(new ViewHeader(getTranslation("overview.title"), getTranslation("overview.scope", area)),
                new Paragraph(getTranslation("overview.empty")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title");
    }
}
