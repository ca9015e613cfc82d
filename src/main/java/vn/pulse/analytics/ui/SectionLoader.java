package vn.pulse.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import vn.pulse.base.DomainException;
import vn.pulse.base.ui.Notifications;

/**
 * Fills a dashboard's sections. A section the rollups answer is filled at once; one they cannot
 * answer (a respondent group by month, say) reads the raw answers, on a million responses for
 * seconds: it runs in the background while its section says so and the page polls, and the rest
 * of the page stays usable. A result overtaken by a newer {@link #start} (the filters changed) is
 * dropped.
 */
final class SectionLoader {

    private static final Logger log = LoggerFactory.getLogger(SectionLoader.class);
    private static final int POLL_MILLIS = 500;

    private final Component page;
    private int generation;
    private int running;

    SectionLoader(Component page) {
        this.page = page;
    }

    /** A new round of loads: the results of earlier rounds still running will be dropped. */
    void start() {
        generation++;
    }

    /**
     * Runs {@code query} and hands its result to {@code show} (in the UI): at once when
     * {@code atOnce}, else in the background with {@code busy} shown meanwhile.
     */
    <T> void load(Busy busy, boolean atOnce, Supplier<T> query, Consumer<T> show) {
        int round = generation;
        if (atOnce) {
            busy.done();
            show.accept(query.get());
            return;
        }
        busy.computing();
        inBackground(query, (result, error) -> {
            if (round == generation) {
                busy.done();
                if (error == null) {
                    show.accept(result);
                } else {
                    failed(error);
                }
            }
        });
    }

    /**
     * Runs {@code task} off the UI thread, as the current user, while the page polls (one interval for
     * every task of the page, kept until the last one ends); then hands its result, or what it threw,
     * to {@code done} in the UI.
     */
    <T> void inBackground(Supplier<T> task, BiConsumer<T, RuntimeException> done) {
        UI ui = UI.getCurrent();
        running++;
        ui.setPollInterval(POLL_MILLIS);
        Thread.ofVirtual().name("dashboard-background").start(new DelegatingSecurityContextRunnable(() -> {
            T result = null;
            RuntimeException error = null;
            try {
                result = task.get();
            } catch (RuntimeException e) {
                error = e;
            }
            T value = result;
            RuntimeException thrown = error;
            ui.access(() -> {
                if (--running == 0) {
                    ui.setPollInterval(-1);
                }
                done.accept(value, thrown);
            });
        }));
    }

    private void failed(RuntimeException e) {
        if (e instanceof DomainException d) {
            Notifications.error(page.getTranslation(d.messageKey(), d.args()));
        } else {
            log.warn("a dashboard section failed", e);
            Notifications.error(page.getTranslation("analytics.section.failed"));
        }
    }

    /**
     * A section's note that it is being computed from the raw answers, with an indeterminate
     * progress bar; the section's content is dimmed until its new figures arrive.
     */
    static final class Busy extends Div {

        private final Component[] content;

        Busy(String id, Component... content) {
            this.content = content;
            setId(id);
            addClassName("analytics-busy");
            ProgressBar bar = new ProgressBar();
            bar.setIndeterminate(true);
            add(new Span(getTranslation("analytics.section.computing")), bar);
            setVisible(false);
        }

        private void computing() {
            setVisible(true);
            for (Component c : content) {
                c.getElement().getClassList().add("analytics-stale");
            }
        }

        private void done() {
            setVisible(false);
            for (Component c : content) {
                c.getElement().getClassList().remove("analytics-stale");
            }
        }
    }
}
