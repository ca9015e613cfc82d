package vn.pulse.analytics.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.UnaryOperator;
import vn.pulse.analytics.AreaBreakdown;
import vn.pulse.analytics.CrossTab;
import vn.pulse.base.Formats;
import vn.pulse.statistics.Association;

/** A single-choice question by area: the share of each option in each area, and the Rao–Scott test of independence. */
class CrossTabPanel extends Div {

    CrossTabPanel(String id) {
        setId(id);
    }

    /**
     * Shows the cross-tab, its options headed by {@code optionLabel}; a note instead when there is
     * none ({@code tab} null: the question is not single-choice).
     */
    void show(CrossTab tab, UnaryOperator<String> optionLabel) {
        removeAll();
        if (tab == null) {
            add(new Paragraph(getTranslation("analytics.crossTab.singleChoiceOnly")));
            return;
        }
        Grid<AreaBreakdown.AreaRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(AreaBreakdown.AreaRow::name).setHeader(getTranslation("analytics.table.area")).setFrozen(true);
        for (String opt : tab.options()) {
            grid.addColumn(r -> r.estimates().stream().filter(e -> opt.equals(e.option())).findFirst()
                    .map(e -> EstimateText.value(e.estimate(), true, getLocale())).orElse(EstimateText.WITHHELD))
                    .setHeader(optionLabel.apply(opt));
        }
        grid.setItems(tab.areas());
        add(grid);
        Association a = tab.association();
        if (a != null && !Double.isNaN(a.pValue())) {
            Span test = new Span(getTranslation("analytics.crossTab.test", Formats.number(a.statistic(), 2, getLocale()),
                    Formats.number(a.numeratorDf(), 1, getLocale()), Formats.number(a.denominatorDf(), 1, getLocale()),
                    a.pValue() < 0.001 ? "< " + Formats.number(0.001, 3, getLocale())
                            : "= " + Formats.number(a.pValue(), 3, getLocale()),
                    getTranslation(a.pValue() < 0.05 ? "analytics.crossTab.associated" : "analytics.crossTab.independent")));
            test.setId("explorer-raoscott");
            add(test);
        }
    }
}
