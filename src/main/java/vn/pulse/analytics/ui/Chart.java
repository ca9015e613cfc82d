package vn.pulse.analytics.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Apache ECharts chart (webjar, see STACK.md). The option is built with Jackson, never by
 * concatenating text; tooltips are drawn as rich text on the canvas rather than HTML, so labels
 * typed by people (choice labels, area names) cannot inject markup. Numbers are formatted in the
 * browser with the UI's locale (62,5% in Vietnamese).
 */
class Chart extends Div {

    static final String SCRIPT = "context://webjars/echarts/5.3.1/dist/echarts.min.js";

    private String option;
    private String locale = "vi-VN";
    private int decimals = 1;
    private String suffix = "";

    Chart(String id, String height) {
        setId(id);
        addClassName("analytics-chart");
        setWidthFull();
        setHeight(height);
        getElement().setAttribute("role", "img");
    }

    /** Draws the chart; values are formatted with {@code decimals} and the {@code suffix} (e.g. "%"). */
    void show(ObjectNode chartOption, String description, int valueDecimals, String valueSuffix) {
        option = chartOption.toString();
        decimals = valueDecimals;
        suffix = valueSuffix;
        getElement().setAttribute("aria-label", description);
        getElement().setAttribute("data-drawn", "false");
        draw();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        locale = event.getUI().getLocale().getLanguage().equals("en") ? "en-US" : "vi-VN";
        event.getUI().getPage().addJavaScript(SCRIPT);
        draw();
    }

    private void draw() {
        if (option == null || !isAttached()) {
            return;
        }
        getElement().executeJs("""
                const el = this;
                const o = JSON.parse($0);
                const nf = new Intl.NumberFormat($1, {minimumFractionDigits: $2, maximumFractionDigits: $2});
                const f = v => (v === null || v === undefined || v === '-' || isNaN(v)) ? '–' : nf.format(v) + $3;
                o.tooltip = Object.assign({trigger: 'axis', renderMode: 'richText', valueFormatter: f}, o.tooltip || {});
                const axes = [].concat(o.yAxis || [], o.xAxis || []);
                axes.filter(a => a.type === 'value').forEach(a => a.axisLabel = Object.assign({formatter: f}, a.axisLabel || {}));
                (o.series || []).forEach(s => { if (s.label && s.label.show) { s.label.formatter = p => f(p.value); } });
                const start = () => {
                  if (!window.echarts) { setTimeout(start, 50); return; }
                  const chart = echarts.getInstanceByDom(el) || echarts.init(el);
                  chart.setOption(o, true);
                  if (!el.$resize) { el.$resize = new ResizeObserver(() => chart.resize()); el.$resize.observe(el); }
                  el.setAttribute('data-drawn', 'true');
                };
                start();
                """, option, locale, decimals, suffix);
    }
}
