package vn.pulse.area.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import vn.pulse.area.Area;
import vn.pulse.area.AreaDraft;
import vn.pulse.area.AreaService;
import vn.pulse.base.ui.Notifications;

/** Adds an area under a parent, or renames, retires and reactivates an existing one. */
class AreaEditor extends Dialog {

    private static final List<String> TYPES = List.of("tinh", "thanh_pho", "xa", "phuong", "dac_khu");

    AreaEditor(AreaService areas, Area existing, Area suggestedParent, Runnable onSaved) {
        setWidth("min(36em, 95vw)");
        TextField name = new TextField(getTranslation("areas.name"));
        name.setId("area-name");
        name.setRequired(true);
        name.setWidthFull();
        Button save = new Button(getTranslation("common.save"));
        save.setId("area-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()));

        if (existing == null) {
            setHeaderTitle(getTranslation("areas.add"));
            TextField code = new TextField(getTranslation("areas.code"));
            code.setId("area-code");
            code.setRequired(true);
            ComboBox<String> type = new ComboBox<>(getTranslation("areas.type"), TYPES);
            type.setItemLabelGenerator(t -> getTranslation("areaType." + t));
            type.setValue(suggestedParent == null ? "tinh" : "xa");
            TextField parent = new TextField(getTranslation("areas.parent"));
            parent.setHelperText(getTranslation("areas.parentHelp"));
            if (suggestedParent != null) {
                parent.setValue(suggestedParent.isProvince() ? suggestedParent.code() : suggestedParent.parentCode());
            }
            add(new FormLayout(code, name, type, parent));
            save.addClickListener(e -> {
                String level = parent.getValue().isBlank() ? Area.PROVINCE : Area.COMMUNE;
                areas.add(new AreaDraft(code.getValue(), name.getValue(), level, type.getValue(), parent.getValue()));
                saved(onSaved);
            });
        } else {
            setHeaderTitle(existing.name() + " (" + existing.code() + ")");
            name.setValue(existing.name());
            add(new Paragraph(getTranslation("areas.renameHelp")), name);
            save.addClickListener(e -> {
                areas.rename(existing.code(), name.getValue());
                saved(onSaved);
            });
            Button status = new Button(getTranslation(existing.active() ? "areas.retire" : "areas.reactivate"), e -> {
                if (existing.active()) {
                    areas.retire(existing.code());
                } else {
                    areas.reactivate(existing.code());
                }
                saved(onSaved);
            });
            status.setId("area-toggle");
            status.addThemeVariants(existing.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            getFooter().add(status);
        }
        getFooter().add(save);
    }

    private void saved(Runnable onSaved) {
        Notifications.success(getTranslation("common.saved"));
        onSaved.run();
        close();
    }
}
