package io.gongkai.render.chart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.render.layout.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The ECharts option object of a chart, as JSON: a pie of shares or horizontal bars, amounts in 万元. Each item
 * carries its label and tooltip text with the amount printed as the tables print it (788.00, two decimals) and its
 * share computed exactly from the amounts, because ECharts would print the number 788.00 as 788.
 */
public final class EchartsOptions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EchartsOptions() {
    }

    /** The option JSON for {@code echarts.init(el).setOption(...)}; amounts are exact decimal numbers. */
    public static String json(ChartData chart) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("title").put("text", chart.title()).put("left", "center")
                .put("subtext", "单位：万元").putObject("textStyle").put("fontSize", 15);
        option.put("animation", false);
        if (chart.kind().bars()) {
            option.putObject("tooltip").put("trigger", "item");
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
                ObjectNode item = data.addObject().put("value", s.value());
                item.putObject("label").put("formatter", Money.format(s.value()));
                item.putObject("tooltip").put("formatter", text(s.label()) + "：" + Money.format(s.value()) + "万元");
            });
        } else {
            option.putObject("tooltip").put("trigger", "item");
            option.putObject("legend").put("bottom", 0);
            ObjectNode series = option.putArray("series").addObject().put("type", "pie").put("name", chart.title())
                    .put("radius", "55%");
            series.putArray("center").add("50%").add("52%");
            ArrayNode data = series.putArray("data");
            BigDecimal total = chart.total();
            chart.slices().forEach(s -> {
                String amount = Money.format(s.value()) + "万元（" + share(s.value(), total) + "%）";
                ObjectNode item = data.addObject().put("name", s.label()).put("value", s.value());
                item.putObject("label").put("formatter", text(s.label()) + "\n" + amount);
                item.putObject("tooltip").put("formatter", text(s.label()) + "：" + amount);
            });
        }
        return option.toString();
    }

    /** A part's share of the total in %, two decimals, rounded half up. */
    static String share(BigDecimal part, BigDecimal total) {
        return part.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A name as literal text of an ECharts string template, whose braces would otherwise be placeholders. */
    private static String text(String name) {
        return name.replace("{", "｛").replace("}", "｝");
    }
}
