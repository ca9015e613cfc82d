package vn.pulse.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.pulse.questionnaire.Choice;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.Question;
import vn.pulse.questionnaire.QuestionType;
import vn.pulse.questionnaire.SamplingPlan;
import vn.pulse.questionnaire.SamplingPlan.Design;
import vn.pulse.questionnaire.SamplingPlan.Stratum;

/**
 * The sampling plan of a questionnaire: probability (simple or stratified) or not, what the strata
 * are (areas or the choices of a single-choice question), and each stratum's population N_h and
 * target n_h. Saved as a whole; the service checks it.
 */
class SamplingPlanEditor extends VerticalLayout {

    private final RadioButtonGroup<Design> design = new RadioButtonGroup<>();
    private final ComboBox<String> stratifyBy = new ComboBox<>();
    private final ComboBox<String> clusterBy = new ComboBox<>();
    private final IntegerField population = new IntegerField();
    private final IntegerField target = new IntegerField();
    private final VerticalLayout strata = new VerticalLayout();
    private final List<StratumRow> rows = new ArrayList<>();
    private final FormDefinition form;

    SamplingPlanEditor(FormDefinition form, boolean editable, Consumer<SamplingPlan> save) {
        this.form = form;
        setId("sampling-plan");
        setPadding(false);
        add(new Paragraph(getTranslation("questionnaire.plan.description")));
        design.setLabel(getTranslation("questionnaire.plan.design"));
        design.setItems(Design.values());
        design.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        design.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        List<String> variables = new ArrayList<>(List.of(SamplingPlan.AREA));
        form.questions().stream().filter(q -> q.type() == QuestionType.SELECT_ONE).map(Question::name).forEach(variables::add);
        stratifyBy.setLabel(getTranslation("questionnaire.plan.stratifyBy"));
        stratifyBy.setItems(variables);
        stratifyBy.setItemLabelGenerator(this::variableLabel);
        stratifyBy.setClearButtonVisible(true);
        clusterBy.setLabel(getTranslation("questionnaire.plan.clusterBy"));
        clusterBy.setItems(variables);
        clusterBy.setItemLabelGenerator(this::variableLabel);
        clusterBy.setClearButtonVisible(true);
        stratifyBy.setWidth("min(20em, 100%)");
        clusterBy.setWidth("min(20em, 100%)");
        population.setLabel(getTranslation("questionnaire.plan.population"));
        target.setLabel(getTranslation("questionnaire.plan.target"));
        Button fill = new Button(getTranslation("questionnaire.plan.fillFromChoices"), e -> fillFromChoices());
        Button addStratum = new Button(getTranslation("questionnaire.plan.addStratum"), VaadinIcon.PLUS.create(),
                e -> addRow(new Stratum("", null, 0)));
        strata.setPadding(false);
        SamplingPlan plan = form.samplingPlan();
        design.setValue(plan.design());
        stratifyBy.setValue(plan.stratifyBy());
        clusterBy.setValue(plan.clusterBy());
        population.setValue(plan.population() == null ? null : plan.population().intValue());
        target.setValue(plan.target());
        plan.strata().forEach(this::addRow);
        design.addValueChangeListener(e -> visibility());
        Button saveButton = new Button(getTranslation("questionnaire.plan.save"), e -> save.accept(plan()));
        saveButton.setId("plan-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout simple = new HorizontalLayout(population, target);
        simple.setId("plan-simple");
        add(design, simple, new HorizontalLayout(stratifyBy, clusterBy), strata, new HorizontalLayout(addStratum, fill));
        if (editable) {
            add(saveButton);
        }
        setEnabled(editable);
        visibility();
    }

    private String variableLabel(String variable) {
        return SamplingPlan.AREA.equals(variable) ? getTranslation("questionnaire.plan.byArea")
                : form.question(variable).map(q -> q.label().in(getLocale(), form.defaultLanguage()) + " (" + variable + ")")
                        .orElse(variable);
    }

    private void visibility() {
        boolean simple = design.getValue() == Design.SIMPLE;
        population.getParent().ifPresent(p -> p.setVisible(simple));
        stratifyBy.setRequiredIndicatorVisible(design.getValue() == Design.STRATIFIED);
    }

    private void fillFromChoices() {
        List<Choice> choices = stratifyBy.getValue() == null ? List.of()
                : form.question(stratifyBy.getValue()).map(Question::choices).orElse(List.of());
        rows.clear();
        strata.removeAll();
        choices.forEach(c -> addRow(new Stratum(c.name(), null, 0)));
    }

    private void addRow(Stratum stratum) {
        StratumRow row = new StratumRow(stratum);
        rows.add(row);
        strata.add(row);
    }

    private SamplingPlan plan() {
        List<Stratum> list = rows.stream().filter(r -> !r.code.isEmpty()).map(StratumRow::stratum).toList();
        Integer size = target.getValue();
        return new SamplingPlan(design.getValue(), stratifyBy.getValue(), clusterBy.getValue(),
                population.getValue() == null ? null : population.getValue().longValue(), size, list);
    }

    /** One stratum: code, population N_h, target n_h, and a button to remove it. */
    private final class StratumRow extends HorizontalLayout {
        final TextField code = new TextField(getTranslation("questionnaire.plan.stratum"));
        final IntegerField size = new IntegerField(getTranslation("questionnaire.plan.stratumPopulation"));
        final IntegerField quota = new IntegerField(getTranslation("questionnaire.plan.stratumTarget"));

        StratumRow(Stratum stratum) {
            code.setValue(stratum.code());
            size.setValue(stratum.population() == null ? null : stratum.population().intValue());
            quota.setValue(stratum.target() == 0 ? null : stratum.target());
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                rows.remove(this);
                strata.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("questionnaire.designer.remove"));
            setAlignItems(Alignment.BASELINE);
            setWrap(true);
            add(code, size, quota, remove);
        }

        Stratum stratum() {
            return new Stratum(code.getValue(), size.getValue() == null ? null : size.getValue().longValue(),
                    quota.getValue() == null ? 0 : quota.getValue());
        }
    }
}
