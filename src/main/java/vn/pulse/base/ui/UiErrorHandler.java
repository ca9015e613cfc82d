package vn.pulse.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.io.Serial;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import vn.pulse.base.DomainException;

/** Turns exceptions in event handlers into a notification a person can act on; never a stack trace. */
class UiErrorHandler implements ErrorHandler {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        while (cause.getCause() != null && !(cause instanceof DomainException) && !(cause instanceof AccessDeniedException)) {
            cause = cause.getCause();
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        if (cause instanceof DomainException e) {
            Notifications.error(ui.getTranslation(e.messageKey(), e.args()));
        } else if (cause instanceof AccessDeniedException) {
            Notifications.error(ui.getTranslation("error.accessDenied"));
        } else {
            log.error("Unexpected error in the UI", event.getThrowable());
            Notifications.error(ui.getTranslation("error.unexpected"));
        }
    }
}
