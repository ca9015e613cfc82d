package vn.pulse.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import vn.pulse.audit.AuditEvent;
import vn.pulse.audit.AuditQuery;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.Formats;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.DatePickers;
import vn.pulse.base.ui.ViewHeader;

/** Administrators read the audit trail: who did what, when, from where; filtered, newest first. */
@Route("admin/audit")
@Menu(order = 95, icon = "vaadin:records", title = "nav.audit")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditTrail audit;
    private final Grid<AuditEvent> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final TextField action = new TextField();
    private final DatePicker from = DatePickers.create();
    private final DatePicker to = DatePickers.create();

    public AuditView(AuditTrail audit) {
        this.audit = audit;
        actor.setLabel(getTranslation("audit.actor"));
        action.setLabel(getTranslation("audit.action"));
        action.setPlaceholder("auth., area., account.");
        from.setLabel(getTranslation("common.from"));
        to.setLabel(getTranslation("common.to"));
        for (var field : new TextField[] {actor, action}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> refresh());
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEvent::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.outcome." + e.outcome().name().toLowerCase()))
                .setHeader(getTranslation("audit.outcome"));
        grid.addColumn(e -> e.targetType() == null ? "" : e.targetType() + " " + e.targetId())
                .setHeader(getTranslation("audit.target"));
        grid.addColumn(AuditEvent::details).setHeader(getTranslation("audit.details")).setFlexGrow(1);
        grid.addColumn(AuditEvent::clientIp).setHeader("IP").setAutoWidth(true);
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(actor, action, from, to);
        filters.setWrap(true);
        add(new ViewHeader(getTranslation("audit.title"), getTranslation("audit.description")), filters, grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        AuditQuery query = new AuditQuery(actor.getValue(), action.getValue(), start(from.getValue()),
                start(to.getValue() == null ? null : to.getValue().plusDays(1)));
        grid.setItems(q -> audit.search(query, q.getOffset(), q.getLimit()).stream(), q -> audit.count(query));
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Formats.ZONE).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
