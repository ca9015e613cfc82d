package vn.pulse.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every UI starts in the language the person chose (Vietnamese by default) and shows errors kindly. */
@Component
class UiSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new UiErrorHandler()));
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            ui.setLocale(LanguageSwitch.requested(VaadinRequest.getCurrent()));
        });
    }
}
