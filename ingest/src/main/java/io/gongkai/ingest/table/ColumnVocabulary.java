package io.gongkai.ingest.table;

import io.gongkai.model.Columns;
import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import java.util.List;

/**
 * The words that title each canonical column in table headers, per table. The first word a header cell contains
 * decides its column, so more specific words come first (上年结转 before 合计).
 */
final class ColumnVocabulary {

    record Entry(String word, String column) {
    }

    private static final List<Entry> SOURCES = List.of(
            new Entry("一般公共预算", Columns.GPB), new Entry("政府性基金", Columns.FUND),
            new Entry("国有资本经营", Columns.SOE), new Entry("财政专户", Columns.SPECIAL),
            new Entry("单位资金", Columns.UNIT));

    private ColumnVocabulary() {
    }

    /** The header words of a table's columns on one side, most specific first. */
    static List<Entry> of(TableType type, Side side) {
        return switch (type) {
            case BUDGET_SUMMARY -> side == Side.INCOME
                    ? List.of(new Entry("预算数", Columns.AMOUNT), new Entry("金额", Columns.AMOUNT))
                    : List.of(new Entry("上年结转", Columns.CARRYOVER), new Entry("当年", Columns.CURRENT),
                    new Entry("本年", Columns.CURRENT), new Entry("合计", Columns.TOTAL),
                    new Entry("小计", Columns.TOTAL), new Entry("预算数", Columns.TOTAL));
            case FISCAL_SUMMARY -> side == Side.INCOME
                    ? List.of(new Entry("预算数", Columns.AMOUNT), new Entry("金额", Columns.AMOUNT))
                    : concat(List.of(new Entry("合计", Columns.SUBTOTAL), new Entry("小计", Columns.SUBTOTAL)),
                    SOURCES.subList(0, 3));
            case INCOME_SUMMARY -> concat(List.of(new Entry("上年结转", Columns.CARRYOVER),
                    new Entry("合计", Columns.TOTAL)), SOURCES);
            case EXPENDITURE_SUMMARY, GPB_EXPENDITURE, FUND_EXPENDITURE -> List.of(
                    new Entry("基本支出", Columns.BASIC), new Entry("项目支出", Columns.PROJECT),
                    new Entry("合计", Columns.TOTAL), new Entry("总计", Columns.TOTAL));
            case SOE_BUDGET -> side == Side.INCOME
                    ? List.of(new Entry("收入预算", Columns.AMOUNT), new Entry("金额", Columns.AMOUNT))
                    : List.of(new Entry("基本支出", Columns.BASIC), new Entry("项目支出", Columns.PROJECT),
                    new Entry("合计", Columns.TOTAL));
            case GPB_BASIC_BY_ECONOMIC -> List.of(new Entry("人员经费", Columns.PERSONNEL),
                    new Entry("公用经费", Columns.PUBLIC), new Entry("合计", Columns.TOTAL));
            case FUND_INCOME -> List.of(new Entry("收入预算", Columns.AMOUNT), new Entry("金额", Columns.AMOUNT),
                    new Entry("预算数", Columns.AMOUNT));
            case THREE_PUBLIC, OPERATING_COSTS, PROJECTS_CARRYOVER -> concat(
                    List.of(new Entry("合计", Columns.TOTAL), new Entry("预算数", Columns.TOTAL)),
                    SOURCES.subList(0, 3));
            case PROJECTS_CURRENT -> concat(List.of(new Entry("合计", Columns.TOTAL)), SOURCES);
            case FA_SUMMARY -> List.of(new Entry("金额", Columns.AMOUNT), new Entry("决算数", Columns.AMOUNT));
            case FA_INCOME -> List.of(new Entry("合计", Columns.TOTAL), new Entry("财政拨款", Columns.FISCAL),
                    new Entry("上级补", Columns.SUPERIOR), new Entry("事业收", Columns.BUSINESS),
                    new Entry("经营收", Columns.OPERATING), new Entry("附属单", Columns.AFFILIATED),
                    new Entry("其他收", Columns.OTHER));
            case FA_EXPENDITURE -> List.of(new Entry("合计", Columns.TOTAL), new Entry("基本支出", Columns.BASIC),
                    new Entry("项目支出", Columns.PROJECT), new Entry("上缴", Columns.TO_SUPERIOR),
                    new Entry("经营支出", Columns.OPERATING), new Entry("对附属", Columns.TO_AFFILIATED));
            case FA_FISCAL_SUMMARY -> side == Side.INCOME
                    ? List.of(new Entry("金额", Columns.AMOUNT), new Entry("决算数", Columns.AMOUNT))
                    : concat(List.of(new Entry("合计", Columns.TOTAL), new Entry("小计", Columns.TOTAL)),
                    SOURCES.subList(0, 3));
            case FA_GPB_EXPENDITURE, FA_SOE -> List.of(new Entry("基本支出", Columns.BASIC),
                    new Entry("项目支出", Columns.PROJECT), new Entry("小计", Columns.TOTAL),
                    new Entry("合计", Columns.TOTAL));
            case FA_FUND -> List.of(new Entry("年初", Columns.OPENING_BALANCE), new Entry("年末", Columns.CLOSING_BALANCE),
                    new Entry("本年收入", Columns.INCOME), new Entry("基本支出", Columns.BASIC),
                    new Entry("项目支出", Columns.PROJECT), new Entry("小计", Columns.TOTAL),
                    new Entry("合计", Columns.TOTAL));
            case FA_GPB_BASIC_DETAIL -> List.of(new Entry("人员经费", Columns.PERSONNEL),
                    new Entry("公用经费", Columns.PUBLIC));
            case FA_THREE_PUBLIC -> List.of(new Entry("预算数", Columns.BUDGET), new Entry("决算数", Columns.FINAL));
            case FA_RELATED_INFO -> List.of(new Entry("统计数", Columns.AMOUNT), new Entry("金额", Columns.AMOUNT));
        };
    }

    /** The column a header cell names, or null. */
    static String columnOf(String cell, List<Entry> vocabulary) {
        for (Entry e : vocabulary) {
            if (cell.contains(e.word())) {
                return e.column();
            }
        }
        return null;
    }


    private static List<Entry> concat(List<Entry> a, List<Entry> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
