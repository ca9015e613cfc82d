package vn.pulse.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.pulse.account.AccountService;
import vn.pulse.account.UserAccount;
import vn.pulse.area.AreaPicker;
import vn.pulse.area.AreaService;
import vn.pulse.base.DomainException;
import vn.pulse.base.Formats;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.DatePickers;
import vn.pulse.base.ui.Notifications;
import vn.pulse.fieldwork.AssignmentDraft;
import vn.pulse.fieldwork.AssignmentService;
import vn.pulse.questionnaire.QuestionnaireService;
import vn.pulse.questionnaire.QuestionnaireSummary;
import vn.pulse.questionnaire.SamplingPlan;

/** Assigns a published questionnaire to a surveyor for an area and a period, with quotas per stratum of its plan. */
class AssignDialog extends Dialog {

    private final Map<String, IntegerField> quotas = new LinkedHashMap<>();
    private final Div quotaFields = new Div();

    AssignDialog(AssignmentService assignments, QuestionnaireService questionnaires, AccountService accounts,
            AreaService areas, Runnable afterSave) {
        setId("assign-dialog");
        setHeaderTitle(getTranslation("fieldwork.assign.open"));
        setWidth("min(32em, 100vw)");
        Select<QuestionnaireSummary> questionnaire = new Select<>();
        questionnaire.setId("assign-questionnaire");
        questionnaire.setLabel(getTranslation("fieldwork.assign.questionnaire"));
        questionnaire.setItems(questionnaires.list(false).stream().filter(QuestionnaireSummary::hasPublishedVersion)
                .toList());
        questionnaire.setItemLabelGenerator(q -> q.title().in(getLocale(), "vi"));
        questionnaire.setWidthFull();
        ComboBox<UserAccount> surveyor = new ComboBox<>(getTranslation("fieldwork.assign.surveyor"));
        surveyor.setId("assign-surveyor");
        surveyor.setItems(accounts.list(Role.SURVEYOR).stream().filter(UserAccount::enabled).toList());
        surveyor.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        surveyor.setWidthFull();
        AreaPicker area = new AreaPicker(getTranslation("fieldwork.assign.area"), areas);
        area.setId("assign-area");
        DatePicker from = DatePickers.create();
        from.setId("assign-from");
        from.setLabel(getTranslation("fieldwork.assign.from"));
        LocalDate today = LocalDate.now(Formats.ZONE);
        from.setValue(today);
        DatePicker to = DatePickers.create();
        to.setId("assign-to");
        to.setLabel(getTranslation("fieldwork.assign.to"));
        to.setValue(today.plusDays(14));
        IntegerField target = new IntegerField(getTranslation("fieldwork.assign.target"));
        target.setId("assign-target");
        target.setMin(1);
        target.setValue(20);
        questionnaire.addValueChangeListener(e -> showQuotas(questionnaires, e.getValue(), target));
        add(new VerticalLayout(questionnaire, surveyor, area, from, to, target, quotaFields));
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                Map<String, Integer> values = new LinkedHashMap<>();
                quotas.forEach((code, field) -> {
                    if (field.getValue() != null) {
                        values.put(code, field.getValue());
                    }
                });
                assignments.create(new AssignmentDraft(questionnaire.getValue() == null ? 0 : questionnaire.getValue().id(),
                        surveyor.getValue() == null ? 0 : surveyor.getValue().id(), area.getCode(), from.getValue(),
                        to.getValue(), target.getValue() == null ? 0 : target.getValue(), values));
                Notifications.success(getTranslation("fieldwork.assign.saved"));
                close();
                afterSave.run();
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.setId("assign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    /** One quota field per stratum of the plan, pre-filled with the plan's targets. */
    private void showQuotas(QuestionnaireService questionnaires, QuestionnaireSummary chosen, IntegerField target) {
        quotaFields.removeAll();
        quotas.clear();
        if (chosen == null) {
            return;
        }
        SamplingPlan plan = questionnaires.currentPublished(chosen.id()).map(f -> f.samplingPlan()).orElse(null);
        if (plan == null || plan.strata().isEmpty()) {
            target.setEnabled(true);
            return;
        }
        target.setEnabled(false);
        for (SamplingPlan.Stratum stratum : plan.strata()) {
            IntegerField field = new IntegerField(getTranslation("fieldwork.assign.quota", stratum.code()));
            field.setId("assign-quota-" + stratum.code());
            field.setMin(0);
            quotas.put(stratum.code(), field);
            quotaFields.add(field);
        }
    }
}
