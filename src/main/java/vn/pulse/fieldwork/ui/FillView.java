package vn.pulse.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.pulse.area.AreaService;
import vn.pulse.base.Formats;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.Notifications;
import vn.pulse.fieldwork.Draft;
import vn.pulse.fieldwork.DraftService;
import vn.pulse.fieldwork.Location;
import vn.pulse.fieldwork.SubmissionResult;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.FormEvaluator;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.form.FormView;

/**
 * Filling one interview on a phone: the questionnaire one section per page (the questionnaire's
 * own form renderer, its logic live), every change saved to the server-side draft at once, so a
 * reload, a lost connection or another device finds the answers as they were, on the page left.
 * Records paradata (seconds per section, user agent) and, only with the respondent's consent, the
 * location.
 */
@Route("my-work/fill/:uuid")
@RolesAllowed(Role.SURVEYOR_NAME)
@StyleSheet("context://styles/fieldwork.css")
public class FillView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final DraftService drafts;
    private final QuestionnaireService questionnaires;
    private final AreaService areas;
    private final Span saved = new Span();
    private final Map<String, Object> sectionSeconds = new LinkedHashMap<>();
    private Draft draft;
    private FormDefinition form;
    private FormView view;
    private Map<String, Object> lastSaved;
    private Location location;
    private int section = -1;
    private long sectionSince;
    private String title = "";

    public FillView(DraftService drafts, QuestionnaireService questionnaires, AreaService areas) {
        this.drafts = drafts;
        this.questionnaires = questionnaires;
        this.areas = areas;
        setId("fill");
        addClassName("fw-fill");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String uuid = event.getRouteParameters().get("uuid").orElse("");
        draft = drafts.open(uuid).orElse(null);
        if (draft == null) {
            Notifications.error(getTranslation("fieldwork.draft.notFound"));
            event.forwardTo(MyWorkView.class);
            return;
        }
        form = questionnaires.version(draft.questionnaireId(), draft.version());
        title = form.title().in(getLocale(), form.defaultLanguage());
        removeAll();
        H2 heading = new H2(title);
        heading.addClassName("view-heading");
        saved.setId("autosave-status");
        saved.addClassName("fw-muted");
        Checkbox consent = new Checkbox(getTranslation("fieldwork.fill.locationConsent"));
        consent.setId("location-consent");
        consent.setValue(Boolean.TRUE.equals(draft.paradata().get("locationConsent")));
        consent.addValueChangeListener(e -> {
            if (Boolean.TRUE.equals(e.getValue())) {
                askLocation();
            } else {
                location = null;
            }
            save();
        });
        LocalDate today = LocalDate.now(Formats.ZONE);
        view = new FormView(form, getLocale().getLanguage().equals("en") && form.languages().contains("en") ? "en"
                : form.defaultLanguage(), areas, today);
        view.setId("fill-form");
        view.setAnswers(FormEvaluator.evaluate(form, draft.answers(), today).answers());
        if (draft.paradata().get("section") instanceof Number left) {
            view.openSection(left.intValue());
        }
        lastSaved = new LinkedHashMap<>(view.rawAnswers());
        if (draft.paradata().get("sections") instanceof Map<?, ?> known) {
            known.forEach((k, v) -> sectionSeconds.put(String.valueOf(k), v));
        }
        view.addChangeListener(evaluation -> {
            // a new page is saved too: the draft reopens where it was left
            boolean moved = trackSection();
            if (moved || !view.rawAnswers().equals(lastSaved)) {
                save();
            }
        });
        view.onFinish(evaluation -> submit());
        Button later = new Button(getTranslation("fieldwork.fill.later"), e -> {
            save();
            getUI().ifPresent(ui -> ui.navigate(MyWorkView.class));
        });
        later.setId("fill-later");
        later.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(heading, consent, view, saved, later);
        trackSection();
        saved.setText(getTranslation("fieldwork.fill.savedAt", TIME.format(
                draft.updatedAt().atZone(Formats.ZONE).toLocalTime())));
    }

    /** Adds the time spent on the page being left to that section's total; true when the page changed. */
    private boolean trackSection() {
        long now = System.currentTimeMillis();
        int current = view.currentSection();
        if (section >= 0 && current != section && section < form.sections().size()) {
            String name = form.sections().get(section).name();
            double seconds = ((Number) sectionSeconds.getOrDefault(name, 0.0)).doubleValue();
            sectionSeconds.put(name, Math.round((seconds + (now - sectionSince) / 1000.0) * 10) / 10.0);
        }
        if (current == section) {
            return false;
        }
        section = current;
        sectionSince = now;
        return true;
    }

    private Map<String, Object> paradata() {
        Map<String, Object> paradata = new LinkedHashMap<>();
        paradata.put("sections", new LinkedHashMap<>(sectionSeconds));
        paradata.put("section", view.currentSection());
        paradata.put("locationConsent", location != null);
        return paradata;
    }

    private void save() {
        Map<String, Object> answers = new LinkedHashMap<>(view.rawAnswers());
        drafts.save(draft.uuid(), answers, paradata());
        lastSaved = answers;
        saved.setText(getTranslation("fieldwork.fill.savedAt", LocalTime.now(Formats.ZONE).format(TIME)));
    }

    private void askLocation() {
        getElement().executeJs("""
                return new Promise(resolve => {
                  if (!navigator.geolocation) { resolve(''); return; }
                  navigator.geolocation.getCurrentPosition(
                    p => resolve(JSON.stringify({lat: p.coords.latitude, lon: p.coords.longitude, accuracy: p.coords.accuracy})),
                    () => resolve(''), {timeout: 15000, maximumAge: 60000});
                });""").then(String.class, json -> {
            if (json == null || json.isBlank()) {
                Notifications.error(getTranslation("fieldwork.fill.noLocation"));
                return;
            }
            JsonNode p = JSON.readTree(json);
            location = new Location(p.get("lat").asDouble(), p.get("lon").asDouble(), p.get("accuracy").asDouble());
        });
    }

    private void submit() {
        trackSection();
        save();
        String agent = VaadinSession.getCurrent() == null || VaadinSession.getCurrent().getBrowser() == null ? null
                : VaadinSession.getCurrent().getBrowser().getBrowserApplication();
        SubmissionResult result = drafts.submit(draft.uuid(), location, agent, paradata());
        if (result.isRejected()) {
            Notifications.error(result.errors().stream()
                    .map(e -> (e.question() == null ? "" : e.question() + ": ") + e.message(getLocale(),
                            form.defaultLanguage()))
                    .collect(Collectors.joining("; ")));
            return;
        }
        Notifications.success(getTranslation("fieldwork.fill.submitted"));
        getUI().ifPresent(ui -> ui.navigate(MyWorkView.class));
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("myWork.title") : title;
    }
}
