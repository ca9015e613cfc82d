package vn.pulse.area;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;

/**
 * Picks an active area of the signed-in user's scope by code or name (diacritics optional).
 * Empty means "no area chosen"; callers say what that stands for (e.g. the whole country).
 */
public class AreaPicker extends ComboBox<Area> {

    public AreaPicker(String label, AreaService areas) {
        super(label);
        List<Area> visible = areas.visible(false, null);
        setItems((area, filter) -> matches(area, filter), visible);
        setItemLabelGenerator(AreaPicker::label);
        setClearButtonVisible(true);
        setWidthFull();
    }

    /** Selects the area with the given code, or clears the field for {@code null}. */
    public void setCode(String code) {
        setValue(code == null ? null : getListDataView().getItems()
                .filter(a -> a.code().equals(code)).findFirst().orElse(null));
    }

    /** Code of the chosen area, or {@code null}. */
    public String getCode() {
        return getValue() == null ? null : getValue().code();
    }

    static String label(Area area) {
        return area.isProvince() ? area.name() + " (" + area.code() + ")"
                : area.name() + " (" + area.code() + ") ‹" + area.parentCode() + "›";
    }

    private static boolean matches(Area area, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String folded = vn.pulse.base.VietnameseText.fold(filter);
        return vn.pulse.base.VietnameseText.fold(area.name()).contains(folded) || area.code().startsWith(filter.strip());
    }
}
