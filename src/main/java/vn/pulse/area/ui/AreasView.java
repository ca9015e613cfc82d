package vn.pulse.area.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.pulse.area.Area;
import vn.pulse.area.AreaService;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.ViewHeader;

/** Administrators browse the area tree of their scope, and add, rename, retire and import areas. */
@Route("admin/areas")
@Menu(order = 80, icon = "vaadin:map-marker", title = "nav.areas")
@RolesAllowed(Role.ADMIN_NAME)
public class AreasView extends VerticalLayout implements HasDynamicTitle {

    private final AreaService areas;
    private final TreeGrid<Area> tree = new TreeGrid<>();
    private final TextField search = new TextField();
    private final Checkbox showRetired = new Checkbox();

    public AreasView(AreaService areas) {
        this.areas = areas;
        Button add = new Button(getTranslation("areas.add"), VaadinIcon.PLUS.create(),
                e -> new AreaEditor(areas, null, tree.asSingleSelect().getValue(), this::refresh).open());
        add.setId("add-area");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importCsv = new Button(getTranslation("areas.import"), VaadinIcon.UPLOAD.create(),
                e -> new AreaImportDialog(areas, this::refresh).open());
        importCsv.setId("import-areas");

        search.setId("area-search");
        search.setPlaceholder(getTranslation("areas.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        showRetired.setLabel(getTranslation("areas.showRetired"));
        showRetired.addValueChangeListener(e -> refresh());

        tree.setId("area-tree");
        tree.addThemeVariants(GridVariant.LUMO_COMPACT);
        tree.addHierarchyColumn(Area::name).setHeader(getTranslation("areas.name")).setFlexGrow(1);
        tree.addColumn(Area::code).setHeader(getTranslation("areas.code")).setAutoWidth(true);
        tree.addColumn(a -> getTranslation("areaType." + a.type())).setHeader(getTranslation("areas.type"));
        tree.addColumn(a -> getTranslation(a.active() ? "areas.active" : "areas.retired"))
                .setHeader(getTranslation("areas.status"));
        tree.addComponentColumn(a -> new Button(getTranslation("common.edit"),
                e -> new AreaEditor(areas, a, null, this::refresh).open())).setAutoWidth(true);
        tree.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(search, showRetired);
        filters.setAlignItems(Alignment.BASELINE);
        add(new ViewHeader(getTranslation("areas.title"), getTranslation("areas.description"), importCsv, add),
                filters, tree);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        List<Area> found = areas.visible(showRetired.getValue(), search.getValue());
        Map<String, Area> byCode = new HashMap<>();
        found.forEach(a -> byCode.put(a.code(), a));
        TreeData<Area> data = new TreeData<>();
        for (Area area : found) {
            // Tree order (by path) puts parents first; a match without its parent shows at the top.
            Area parent = area.parentCode() == null ? null : byCode.get(area.parentCode());
            data.addItem(parent, area);
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        if (search.getValue() != null && !search.getValue().isBlank() && found.size() < 200) {
            tree.expand(found);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("areas.title");
    }
}
