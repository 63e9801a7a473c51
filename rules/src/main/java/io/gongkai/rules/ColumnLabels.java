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
            Map.entry("personnel", "人员经费"), Map.entry("public", "公用经费"),
            Map.entry("fiscal", "财政拨款收入"), Map.entry("superior", "上级补助收入"), Map.entry("business", "事业收入"),
            Map.entry("operating", "经营收支"), Map.entry("affiliated", "附属单位上缴收入"),
            Map.entry("other", "其他收入"), Map.entry("toSuperior", "上缴上级支出"),
            Map.entry("toAffiliated", "对附属单位补助支出"), Map.entry("openingBalance", "年初结转和结余"),
            Map.entry("income", "本年收入"), Map.entry("closingBalance", "年末结转和结余"),
            Map.entry("budget", "预算数"), Map.entry("final", "决算数"));

    private ColumnLabels() {
    }

    /** The Chinese name of a canonical column, or the name itself when unknown. */
    public static String label(String column) {
        return LABELS.getOrDefault(column, column);
    }
}
