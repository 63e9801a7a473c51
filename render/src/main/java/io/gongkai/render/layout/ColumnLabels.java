package io.gongkai.render.layout;

import io.gongkai.model.Columns;
import java.util.Map;

/** The printed header of each canonical amount column where a table type has no header of its own. */
final class ColumnLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(Columns.AMOUNT, "金额"),
            Map.entry(Columns.TOTAL, "合计"),
            Map.entry(Columns.SUBTOTAL, "小计"),
            Map.entry(Columns.CURRENT, "当年预算安排"),
            Map.entry(Columns.CARRYOVER, "上年结转"),
            Map.entry(Columns.GPB, "一般公共预算"),
            Map.entry(Columns.FUND, "政府性基金预算"),
            Map.entry(Columns.SOE, "国有资本经营预算"),
            Map.entry(Columns.SPECIAL, "财政专户管理资金"),
            Map.entry(Columns.UNIT, "单位资金"),
            Map.entry(Columns.BASIC, "基本支出"),
            Map.entry(Columns.PROJECT, "项目支出"),
            Map.entry(Columns.PERSONNEL, "人员经费"),
            Map.entry(Columns.PUBLIC, "公用经费"));

    private ColumnLabels() {
    }

    /** The Chinese header of a canonical column; an unknown column prints its canonical name. */
    static String of(String column) {
        return LABELS.getOrDefault(column, column);
    }
}
