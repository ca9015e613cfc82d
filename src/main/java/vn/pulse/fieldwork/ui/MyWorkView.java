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

/** The surveyor's and collaborator's home: "Việc của tôi". */
@Route("my-work")
@Menu(order = 0, icon = "vaadin:clipboard-text", title = "nav.myWork")
@RolesAllowed(Role.SURVEYOR_NAME)
public class MyWorkView extends VerticalLayout implements HasDynamicTitle {

    public MyWorkView() {
        setId("my-work");
        var user = CurrentUser.require();
        add(new ViewHeader(getTranslation("myWork.title"), getTranslation("home.greeting", user.displayName())),
                new Paragraph(getTranslation("myWork.empty")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myWork.title");
    }
}
