package vn.pulse.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import vn.pulse.base.i18n.Messages;

/**
 * Tiếng Việt / English. The choice is kept in a cookie, so it holds on the login page, after
 * signing in and on the next visit; Vietnamese is the default.
 */
public class LanguageSwitch extends Select<Locale> {

    static final String COOKIE = "pulse-lang";

    public LanguageSwitch() {
        setId("language-switch");
        setItems(Messages.LOCALES);
        setItemLabelGenerator(locale -> Messages.ENGLISH.equals(locale) ? "English" : "Tiếng Việt");
        setValue(Messages.supported(UI.getCurrent().getLocale()));
        setAriaLabel("Ngôn ngữ / Language");
        addThemeName("small");
        setWidth("9em");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                switchTo(event.getValue());
            }
        });
    }

    private static void switchTo(Locale locale) {
        String tag = locale.getLanguage();
        VaadinSession.getCurrent().setLocale(locale);
        UI ui = UI.getCurrent();
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax';"
                + "window.location.reload();", COOKIE, tag);
    }

    /** The language the current request asks for: the cookie if set, else Vietnamese. */
    static Locale requested(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Messages.VIETNAMESE;
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .map(tag -> Messages.supported(Locale.forLanguageTag(tag)))
                .orElse(Messages.VIETNAMESE);
    }
}
