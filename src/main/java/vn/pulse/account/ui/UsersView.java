package vn.pulse.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import vn.pulse.account.AccountService;
import vn.pulse.account.UserAccount;
import vn.pulse.area.AreaService;
import vn.pulse.base.Formats;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.ViewHeader;

/** Administrators manage the accounts of their area subtree. */
@Route("admin/users")
@Menu(order = 90, icon = "vaadin:users", title = "nav.users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final AreaService areas;
    private final Grid<UserAccount> grid = new Grid<>();
    private final Select<Role> roleFilter = new Select<>();

    public UsersView(AccountService accounts, AreaService areas) {
        this.accounts = accounts;
        this.areas = areas;
        Button add = new Button(getTranslation("users.add"), VaadinIcon.PLUS.create(), e -> openEditor(null));
        add.setId("add-user");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        roleFilter.setLabel(getTranslation("users.role"));
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(r -> r == null ? getTranslation("common.all") : getTranslation(r.messageKey()));
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("common.all"));
        roleFilter.addValueChangeListener(e -> refresh());

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.displayName")).setFlexGrow(1);
        grid.addColumn(u -> getTranslation(u.role().messageKey())).setHeader(getTranslation("users.role"));
        grid.addColumn(u -> u.areaName() == null ? getTranslation("area.national") : u.areaName())
                .setHeader(getTranslation("users.area"));
        grid.addColumn(this::status).setHeader(getTranslation("users.status"));
        grid.addColumn(u -> Formats.dateTime(u.lastLoginAt())).setHeader(getTranslation("users.lastLogin"));
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        grid.setSizeFull();

        add(new ViewHeader(getTranslation("users.title"), getTranslation("users.description"), roleFilter, add), grid);
        setSizeFull();
        refresh();
    }

    private String status(UserAccount user) {
        if (!user.enabled()) {
            return getTranslation("users.status.disabled");
        }
        return user.isLocked(Instant.now()) ? getTranslation("users.status.locked") : getTranslation("users.status.active");
    }

    private void openEditor(UserAccount user) {
        new UserEditor(accounts, areas, user, this::refresh).open();
    }

    private void refresh() {
        grid.setItems(accounts.list(roleFilter.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
