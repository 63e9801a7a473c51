package io.gongkai.rules;

import java.util.Map;

/** Chinese names of the canonical columns, for messages. */
public final class ColumnLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("amount", "金额"), Map.entry("total", "合计"), Map.entry("subtotal", "小计"),
            Map.entry("current", "当年预算安排"), Map.entry("carryover", "上年结转"),
            Map.entry("gpb", "一般公共预算"), Map.entry("fund", "政府性基金预算"),
            Map.entry("soe", "国有资本经营预算"), Map.entry("special", "财政专户管理资金"),
            Map.entry("unit", "单位资金"), Map.entry("basic", "基本支出"), Map.entry("project", "项目支出"),
            Map.entry("personnel", "人员经费"), Map.entry("public", "公用经费"));

    private ColumnLabels() {
    }

    /** The Chinese name of a canonical column, or the name itself when unknown. */
    public static String label(String column) {
        return LABELS.getOrDefault(column, column);
    }
}
