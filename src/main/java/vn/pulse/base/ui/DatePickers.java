package vn.pulse.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;

/** Date pickers that read and write dd/MM/yyyy, with month and weekday names in the UI language. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker create() {
        DatePicker picker = new DatePicker();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "d/M/yy");
        i18n.setFirstDayOfWeek(1);
        UI ui = UI.getCurrent();
        if (ui != null) {
            i18n.setMonthNames(List.of(ui.getTranslation("date.months").split(",")));
            i18n.setWeekdays(List.of(ui.getTranslation("date.weekdays").split(",")));
            i18n.setWeekdaysShort(List.of(ui.getTranslation("date.weekdaysShort").split(",")));
            i18n.setToday(ui.getTranslation("date.today"));
            i18n.setCancel(ui.getTranslation("common.cancel"));
        }
        picker.setI18n(i18n);
        picker.setClearButtonVisible(true);
        return picker;
    }
}
