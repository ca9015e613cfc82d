package vn.pulse.opinion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.List;
import vn.pulse.area.AreaPicker;
import vn.pulse.area.AreaService;
import vn.pulse.base.Formats;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.Notifications;
import vn.pulse.base.ui.StatTile;
import vn.pulse.base.ui.ViewHeader;
import vn.pulse.opinion.CollaboratorTimeliness;
import vn.pulse.opinion.DeadlineRule;
import vn.pulse.opinion.OpinionTimelinessService;
import vn.pulse.opinion.Punctuality;
import vn.pulse.opinion.ReportingPeriod;
import vn.pulse.opinion.TimelinessSummary;

/** Who of the area filed the monthly report on time, late or not at all; and the deadlines. */
@Route("opinion/timeliness")
@Menu(order = 11, icon = "vaadin:clock", title = "opinion.nav.timeliness")
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@StyleSheet("context://styles/opinion.css")
public class TimelinessView extends VerticalLayout implements HasDynamicTitle {

    private final OpinionTimelinessService timeliness;
    private final Select<YearMonth> period = new Select<>();
    private final FlexLayout tiles = new FlexLayout();
    private final Grid<CollaboratorTimeliness> grid = new Grid<>();
    private final Grid<DeadlineRule> rules = new Grid<>();

    public TimelinessView(OpinionTimelinessService timeliness, AreaService areas) {
        this.timeliness = timeliness;
        setId("timeliness");
        List<YearMonth> months = timeliness.months();
        period.setId("timeliness-period");
        period.setLabel(getTranslation("opinion.timeliness.period"));
        period.setItems(months);
        period.setItemLabelGenerator(m -> OpinionLabels.period(this, m));
        period.setValue(timeliness.latestDueSummary().period());
        period.addValueChangeListener(e -> refresh());
        tiles.addClassName("tiles");
        tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        grid.setId("timeliness-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(t -> OpinionLabels.author(this, t.collaborator())).setHeader(getTranslation("opinion.timeliness.collaborator"))
                .setFlexGrow(2);
        grid.addColumn(CollaboratorTimeliness::areaName).setHeader(getTranslation("opinion.details.area")).setFlexGrow(1);
        grid.addComponentColumn(t -> new com.vaadin.flow.component.html.Span(punctuality(t)))
                .setHeader(getTranslation("opinion.timeliness.state")).setFlexGrow(1);
        grid.addColumn(t -> Formats.date(t.submittedAt())).setHeader(getTranslation("opinion.details.submittedAt"));
        grid.setAllRowsVisible(true);

        add(new ViewHeader(getTranslation("opinion.timeliness.title"), getTranslation("opinion.timeliness.description"),
                period), tiles, grid, deadlines(areas));
        refresh();
    }

    private String punctuality(CollaboratorTimeliness t) {
        String state = getTranslation(t.punctuality().messageKey());
        return t.punctuality() == Punctuality.LATE || t.punctuality() == Punctuality.MISSING
                ? state + " " + getTranslation("opinion.timeliness.days", t.daysLate()) : state;
    }

    private void refresh() {
        List<CollaboratorTimeliness> rows = timeliness.timeliness(period.getValue());
        grid.setItems(rows);
        TimelinessSummary summary = timeliness.summary(period.getValue());
        tiles.removeAll();
        tiles.add(new StatTile(getTranslation("opinion.punctuality.on_time"), String.valueOf(summary.onTime())),
                new StatTile(getTranslation("opinion.punctuality.late"), String.valueOf(summary.late())),
                new StatTile(getTranslation("opinion.punctuality.missing"), String.valueOf(summary.missing())),
                new StatTile(getTranslation("opinion.punctuality.not_due"), String.valueOf(summary.notDue())),
                new StatTile(getTranslation("opinion.timeliness.onTimeShare"),
                        Formats.percent(summary.onTimeShare(), getLocale())));
        rules.setItems(timeliness.deadlineRules());
    }

    private Details deadlines(AreaService areas) {
        AreaPicker area = new AreaPicker(getTranslation("opinion.details.area"), areas);
        area.setId("deadline-area");
        IntegerField day = new IntegerField(getTranslation("opinion.timeliness.dueDay"));
        day.setId("deadline-day");
        day.setMin(1);
        day.setMax(ReportingPeriod.MAX_DUE_DAY);
        day.setStepButtonsVisible(true);
        Button save = new Button(getTranslation("common.save"), e -> {
            timeliness.setDueDay(area.getCode(), day.getValue() == null ? 0 : day.getValue());
            Notifications.success(getTranslation("common.saved"));
            refresh();
        });
        save.setId("deadline-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(getTranslation("opinion.timeliness.clearRule"), e -> {
            timeliness.clearDueDay(area.getCode());
            refresh();
        });
        rules.addColumn(DeadlineRule::areaName).setHeader(getTranslation("opinion.details.area"));
        rules.addColumn(DeadlineRule::dueDay).setHeader(getTranslation("opinion.timeliness.dueDay"));
        rules.addColumn(r -> Formats.dateTime(r.updatedAt()) + " · " + r.updatedBy())
                .setHeader(getTranslation("opinion.timeliness.changed"));
        rules.setAllRowsVisible(true);
        HorizontalLayout form = new HorizontalLayout(area, day, save, clear);
        form.setWrap(true);
        form.setAlignItems(Alignment.BASELINE);
        VerticalLayout content = new VerticalLayout(new Paragraph(getTranslation("opinion.timeliness.rulesHelp",
                timeliness.dueDayFor(null))), rules, form);
        content.setPadding(false);
        Details details = new Details(getTranslation("opinion.timeliness.deadlines"), content);
        details.setId("deadlines");
        details.setWidthFull();
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opinion.timeliness.title");
    }
}
