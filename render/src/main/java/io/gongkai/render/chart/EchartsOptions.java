package io.gongkai.render.chart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The ECharts option object of a chart, as JSON: a pie of shares or horizontal bars, amounts in 万元. */
public final class EchartsOptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EchartsOptions() {
    }

    /** The option JSON for {@code echarts.init(el).setOption(...)}; amounts are exact decimal numbers. */
    public static String json(ChartData chart) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("title").put("text", chart.title()).put("left", "center")
                .put("subtext", "单位：万元").putObject("textStyle").put("fontSize", 15);
        option.put("animation", false);
        if (chart.kind().bars()) {
            option.putObject("tooltip").put("trigger", "axis");
            option.putObject("grid").put("left", 8).put("right", 60).put("top", 60).put("bottom", 8)
                    .put("containLabel", true);
            option.putObject("xAxis").put("type", "value");
            ObjectNode yAxis = option.putObject("yAxis").put("type", "category").put("inverse", true);
            ArrayNode categories = yAxis.putArray("data");
            ObjectNode series = option.putArray("series").addObject().put("type", "bar").put("name", chart.title());
            series.putObject("label").put("show", true).put("position", "right");
            ArrayNode data = series.putArray("data");
            chart.slices().forEach(s -> {
                categories.add(s.label());
                data.add(s.value());
            });
        } else {
            option.putObject("tooltip").put("trigger", "item").put("formatter", "{b}：{c}万元（{d}%）");
            option.putObject("legend").put("bottom", 0);
            ObjectNode series = option.putArray("series").addObject().put("type", "pie").put("name", chart.title())
                    .put("radius", "55%");
            series.putArray("center").add("50%").add("52%");
            series.putObject("label").put("formatter", "{b}\n{c}万元（{d}%）");
            ArrayNode data = series.putArray("data");
            chart.slices().forEach(s -> data.addObject().put("name", s.label()).put("value", s.value()));
        }
        return option.toString();
    }
}
