package vn.pulse.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.PulseUser;

/**
 * The frame around every signed-in view: title, the menu of the person's own work (views declare
 * themselves with {@code @Menu} and {@code @RolesAllowed}; entries the user may not open are not
 * listed), who is signed in and for which area, language and sign-out. A drawer on phones.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    public MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        PulseUser user = CurrentUser.require();
        viewTitle.addClassName("view-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        addToNavbar(true, toggle, viewTitle);
        addToDrawer(brand(), new Scroller(menu()), footer(user, authentication));
    }

    private static Header brand() {
        Span name = new Span("Nhịp dư luận");
        name.addClassName("brand-name");
        Span tagline = new Span("Pulse");
        tagline.addClassName("brand-tagline");
        Image logo = new Image("icons/pulse.svg", "");
        logo.addClassName("logo");
        Header header = new Header(logo, new Div(name, tagline));
        header.addClassName("brand");
        return header;
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.setId("main-menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Footer footer(PulseUser user, AuthenticationContext authentication) {
        Span who = new Span(user.displayName());
        who.setId("current-user");
        who.addClassName("user-name");
        String area = user.areaName() == null ? getTranslation("area.national") : user.areaName();
        Span role = new Span(getTranslation(user.role().messageKey()) + " · " + area);
        role.addClassName("user-role");
        Button signOut = new Button(getTranslation("nav.signOut"), new Icon(VaadinIcon.SIGN_OUT),
                e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(new LanguageSwitch(), signOut);
        actions.setWrap(true);
        actions.setAlignItems(HorizontalLayout.Alignment.CENTER);
        Footer footer = new Footer(who, role, actions);
        footer.addClassName("user-footer");
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle view ? view.getPageTitle() : "");
    }
}
