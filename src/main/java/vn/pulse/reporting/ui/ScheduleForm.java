package vn.pulse.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.function.Consumer;
import vn.pulse.area.AreaPicker;
import vn.pulse.area.AreaService;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.reporting.PeriodType;
import vn.pulse.reporting.ReportKind;
import vn.pulse.reporting.ReportSchedule;
import vn.pulse.reporting.ScheduleDraft;
import vn.pulse.reporting.Secrecy;

/**
 * A new schedule, or the day, time and secrecy of a chosen one (its area and cadence stay). The
 * letterhead of scheduled reports is the area's proposal at each run.
 */
class ScheduleForm extends HorizontalLayout {

    private final AreaPicker area;
    private final Select<PeriodType> cadence = new Select<>();
    private final IntegerField day = number("schedule-day", "reporting.schedule.day", 1, 28);
    private final IntegerField hour = number("schedule-hour", "reporting.schedule.hour", 0, 23);
    private final IntegerField minute = number("schedule-minute", "reporting.schedule.minute", 0, 59);
    private final Select<Secrecy> secrecy = new Select<>();
    private ReportSchedule editing;

    ScheduleForm(AreaService areas, Consumer<ScheduleDraft> save) {
        area = new AreaPicker(getTranslation("reporting.compose.area"), areas);
        area.setId("schedule-area");
        cadence.setId("schedule-cadence");
        cadence.setLabel(getTranslation("reporting.schedule.cadence"));
        cadence.setItems(PeriodType.MONTH, PeriodType.QUARTER, PeriodType.YEAR);
        cadence.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        secrecy.setId("schedule-secrecy");
        secrecy.setLabel(getTranslation("reporting.compose.secrecy"));
        secrecy.setItems(Secrecy.values());
        secrecy.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        Button saveButton = new Button(getTranslation("common.save"), e -> save.accept(draft()));
        saveButton.setId("schedule-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button fresh = new Button(getTranslation("reporting.schedule.new"), e -> edit(null));
        fresh.setId("schedule-new");
        add(area, cadence, day, hour, minute, secrecy, saveButton, fresh);
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        edit(null);
    }

    /** Shows a schedule to change, or (null) the defaults of a new one: monthly on day 1 at 07:00. */
    void edit(ReportSchedule schedule) {
        editing = schedule;
        area.setCode(schedule == null ? CurrentUser.scope().rootCode() : schedule.areaCode());
        cadence.setValue(schedule == null ? PeriodType.MONTH : schedule.cadence());
        day.setValue(schedule == null ? 1 : schedule.dayOfMonth());
        hour.setValue(schedule == null ? 7 : schedule.hour());
        minute.setValue(schedule == null ? 0 : schedule.minute());
        secrecy.setValue(schedule == null ? Secrecy.NONE : schedule.secrecy());
        area.setReadOnly(schedule != null);
        cadence.setReadOnly(schedule != null);
    }

    private ScheduleDraft draft() {
        return new ScheduleDraft(editing == null ? null : editing.id(), ReportKind.OPINION_PERIODIC, area.getCode(),
                cadence.getValue(), value(day), value(hour), value(minute),
                editing == null ? null : editing.letterhead(), secrecy.getValue(),
                editing == null ? List.of() : editing.readers());
    }

    private IntegerField number(String id, String labelKey, int min, int max) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setWidth("8em");
        return field;
    }

    /** An empty field is out of range on purpose, so the service says what is wrong. */
    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }
}
