package vn.pulse.account.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.TreeMap;
import vn.pulse.account.AccountService;
import vn.pulse.account.UserAccount;
import vn.pulse.area.AreaService;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.StatTile;
import vn.pulse.base.ui.ViewHeader;

/** The administrator's home: what the system holds in their scope, at a glance. */
@Route("admin")
@Menu(order = 0, icon = "vaadin:cogs", title = "nav.adminHome")
@RolesAllowed(Role.ADMIN_NAME)
public class AdminHomeView extends VerticalLayout implements HasDynamicTitle {

    public AdminHomeView(AccountService accounts, AreaService areas) {
        setId("admin-home");
        var user = CurrentUser.require();
        String scope = user.areaName() == null ? getTranslation("area.national") : user.areaName();
        add(new ViewHeader(getTranslation("adminHome.title"), getTranslation("adminHome.description", scope)));

        Map<Role, Integer> byRole = new TreeMap<>();
        for (UserAccount account : accounts.list(null)) {
            byRole.merge(account.role(), 1, Integer::sum);
        }
        var visibleAreas = areas.visible(false, null);
        long provinces = visibleAreas.stream().filter(a -> a.isProvince()).count();
        FlexLayout tiles = new FlexLayout(
                new StatTile(getTranslation("adminHome.provinces"), String.valueOf(provinces)),
                new StatTile(getTranslation("adminHome.communes"), String.valueOf(visibleAreas.size() - provinces)));
        for (Role role : Role.values()) {
            tiles.add(new StatTile(getTranslation(role.messageKey()), String.valueOf(byRole.getOrDefault(role, 0))));
        }
        tiles.addClassName("tiles");
        tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(tiles, new Paragraph(getTranslation("adminHome.next")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adminHome.title");
    }
}
