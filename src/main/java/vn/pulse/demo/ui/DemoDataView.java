package vn.pulse.demo.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import vn.pulse.base.Formats;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.Notifications;
import vn.pulse.base.ui.StatTile;
import vn.pulse.base.ui.ViewHeader;
import vn.pulse.demo.DemoDataService;
import vn.pulse.demo.DemoProgress;

/**
 * Administrators make demo data here: how many responses and which seed; the run goes on in the
 * background and the page follows it (polling, every second) until it is done.
 */
@Route("admin/demo-data")
@Menu(order = 98, icon = "vaadin:magic", title = "demo.nav")
@RolesAllowed(Role.ADMIN_NAME)
public class DemoDataView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MILLIS = 1000;

    private final DemoDataService demo;
    private final IntegerField responses = new IntegerField();
    private final IntegerField seed = new IntegerField();
    private final Button start = new Button();
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span status = new Span();
    private final Div result = new Div();
    private Registration polling;

    public DemoDataView(DemoDataService demo) {
        this.demo = demo;
        setId("demo-data");
        add(new ViewHeader(getTranslation("demo.title"), getTranslation("demo.description")));
        responses.setId("demo-responses");
        responses.setLabel(getTranslation("demo.responses"));
        responses.setMin(100);
        responses.setMax(1_000_000);
        responses.setStep(100);
        responses.setValue(3000);
        responses.setStepButtonsVisible(true);
        seed.setId("demo-seed");
        seed.setLabel(getTranslation("demo.seed"));
        seed.setHelperText(getTranslation("demo.seedHelp"));
        seed.setValue(100);
        start.setText(getTranslation("demo.start"));
        start.setId("demo-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> start());
        FlexLayout form = new FlexLayout(responses, seed);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        bar.setId("demo-progress");
        status.setId("demo-status");
        result.setId("demo-result");
        add(new Paragraph(getTranslation("demo.planted")), form, start, status, bar, result);
        demo.progress().ifPresentOrElse(this::show, () -> bar.setVisible(false));
        addAttachListener(e -> demo.progress().filter(DemoProgress::running).ifPresent(p -> follow(e.getUI())));
        addDetachListener(e -> stopPolling());
    }

    private void start() {
        if (responses.isInvalid() || responses.getValue() == null || seed.getValue() == null) {
            Notifications.error(getTranslation("demo.error.input"));
            return;
        }
        // a refusal (another run going on) reaches the person through the UI error handler
        show(demo.start(demo.standardPlan(responses.getValue(), seed.getValue())));
        follow(UI.getCurrent());
    }

    private void follow(UI ui) {
        stopPolling();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> demo.progress().ifPresent(this::show));
    }

    private void show(DemoProgress p) {
        Locale locale = getLocale();
        bar.setVisible(true);
        bar.setValue(p.fraction());
        start.setEnabled(!p.running());
        status.setText(p.running() ? getTranslation(p.stage()) + " – " + Formats.integer(p.done(), locale) + " / "
                + Formats.integer(p.total(), locale) : getTranslation(p.stage()));
        result.removeAll();
        if (p.state() == DemoProgress.State.FAILED) {
            bar.addThemeName("error");
            status.setText(getTranslation("demo.failed", p.error()));
        }
        if (p.summary() != null) {
            FlexLayout tiles = new FlexLayout(
                    new StatTile(getTranslation("demo.result.responses"),
                            Formats.integer(p.summary().responsesAdded(), locale)),
                    new StatTile(getTranslation("demo.result.reports"), Formats.integer(p.summary().reportsAdded(), locale)),
                    new StatTile(getTranslation("demo.result.seconds"),
                            Formats.integer(p.summary().took().toSeconds(), locale)));
            tiles.addClassName("tiles");
            tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            result.add(tiles);
        }
        if (!p.running()) {
            stopPolling();
        }
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("demo.title");
    }
}
