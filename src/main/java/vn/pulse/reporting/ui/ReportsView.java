package vn.pulse.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.ViewHeader;
import vn.pulse.reporting.ArchivedReport;
import vn.pulse.reporting.ReportService;

/** The archive of generated reports the reader may see, newest first, with "Tạo báo cáo". */
@Route("reports")
@Menu(order = 5, icon = "vaadin:file-text-o", title = "reporting.nav.reports")
@RolesAllowed({Role.LEADER_NAME, Role.SUPERVISOR_NAME})
@StyleSheet("context://styles/reporting.css")
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    public ReportsView(ReportService reports) {
        setId("reports");
        Button create = new Button(getTranslation("reporting.archive.create"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ReportComposerView.class)));
        create.setId("create-report");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader(getTranslation("reporting.archive.title"), getTranslation("reporting.archive.description"),
                create));
        List<ArchivedReport> archived = reports.archive();
        if (archived.isEmpty()) {
            add(new Paragraph(getTranslation("reporting.archive.empty")));
            return;
        }
        Div cards = new Div();
        cards.setId("report-archive");
        cards.addClassName("report-cards");
        archived.forEach(report -> cards.add(new ArchivedReportCard(reports, report)));
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.archive.title");
    }
}
