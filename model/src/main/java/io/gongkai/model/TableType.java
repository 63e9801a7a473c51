package io.gongkai.model;

import java.util.List;

/**
 * The standard tables of a disclosure, with their canonical number, title and columns.
 * Templates of other provinces title and number them differently; readers map them here by meaning.
 */
public enum TableType {
    /** 预算收支总表. */
    BUDGET_SUMMARY(ReportKind.BUDGET, 1, "预算收支总表",
            List.of(Columns.AMOUNT), List.of(Columns.TOTAL, Columns.CURRENT, Columns.CARRYOVER)),
    /** 预算收入总表. */
    INCOME_SUMMARY(ReportKind.BUDGET, 2, "预算收入总表", List.of(),
            List.of(Columns.TOTAL, Columns.GPB, Columns.FUND, Columns.SOE, Columns.SPECIAL, Columns.UNIT,
                    Columns.CARRYOVER)),
    /** 预算支出总表 (includes carry-over). */
    EXPENDITURE_SUMMARY(ReportKind.BUDGET, 3, "预算支出总表", List.of(),
            List.of(Columns.TOTAL, Columns.BASIC, Columns.PROJECT)),
    /** 财政拨款收支总表. */
    FISCAL_SUMMARY(ReportKind.BUDGET, 4, "财政拨款收支总表",
            List.of(Columns.AMOUNT), List.of(Columns.SUBTOTAL, Columns.GPB, Columns.FUND, Columns.SOE)),
    /** 一般公共预算支出预算表（不含上年结转）. */
    GPB_EXPENDITURE(ReportKind.BUDGET, 5, "一般公共预算支出预算表", List.of(),
            List.of(Columns.TOTAL, Columns.BASIC, Columns.PROJECT)),
    /** 一般公共预算安排基本支出分经济科目表（不含上年结转）. */
    GPB_BASIC_BY_ECONOMIC(ReportKind.BUDGET, 6, "一般公共预算安排基本支出分经济科目表", List.of(),
            List.of(Columns.TOTAL, Columns.PERSONNEL, Columns.PUBLIC)),
    /** 政府性基金预算收入表. */
    FUND_INCOME(ReportKind.BUDGET, 7, "政府性基金预算收入表", List.of(Columns.AMOUNT), List.of()),
    /** 政府性基金预算支出表. */
    FUND_EXPENDITURE(ReportKind.BUDGET, 8, "政府性基金预算支出表", List.of(),
            List.of(Columns.TOTAL, Columns.BASIC, Columns.PROJECT)),
    /** 国有资本经营预算收支预算表. */
    SOE_BUDGET(ReportKind.BUDGET, 9, "国有资本经营预算收支预算表",
            List.of(Columns.AMOUNT), List.of(Columns.TOTAL, Columns.BASIC, Columns.PROJECT)),
    /** 财政拨款安排“三公”经费支出预算表. */
    THREE_PUBLIC(ReportKind.BUDGET, 10, "财政拨款安排“三公”经费支出预算表", List.of(),
            List.of(Columns.TOTAL, Columns.GPB, Columns.FUND, Columns.SOE)),
    /** 财政拨款安排机关运行经费预算表. */
    OPERATING_COSTS(ReportKind.BUDGET, 11, "财政拨款安排机关运行经费预算表", List.of(),
            List.of(Columns.TOTAL, Columns.GPB, Columns.FUND, Columns.SOE)),
    /** 项目支出预算表（本年预算）. */
    PROJECTS_CURRENT(ReportKind.BUDGET, 12, "项目支出预算表（本年预算）", List.of(),
            List.of(Columns.TOTAL, Columns.GPB, Columns.FUND, Columns.SOE, Columns.SPECIAL, Columns.UNIT)),
    /** 项目支出预算表（上年结转）. */
    PROJECTS_CARRYOVER(ReportKind.BUDGET, 13, "项目支出预算表（上年结转）", List.of(),
            List.of(Columns.TOTAL, Columns.GPB, Columns.FUND, Columns.SOE)),

    /** 公开01 收入支出决算总表: income by source and expenditure by 类, each row with its 行次. */
    FA_SUMMARY(ReportKind.FINAL_ACCOUNTS, 1, "收入支出决算总表",
            List.of(Columns.AMOUNT), List.of(Columns.AMOUNT)),
    /** 公开02 收入决算表. */
    FA_INCOME(ReportKind.FINAL_ACCOUNTS, 2, "收入决算表", List.of(),
            List.of(Columns.TOTAL, Columns.FISCAL, Columns.SUPERIOR, Columns.BUSINESS, Columns.OPERATING,
                    Columns.AFFILIATED, Columns.OTHER)),
    /** 公开03 支出决算表. */
    FA_EXPENDITURE(ReportKind.FINAL_ACCOUNTS, 3, "支出决算表", List.of(),
            List.of(Columns.TOTAL, Columns.BASIC, Columns.PROJECT, Columns.TO_SUPERIOR, Columns.OPERATING,
                    Columns.TO_AFFILIATED)),
    /** 公开04 财政拨款收入支出决算总表. */
    FA_FISCAL_SUMMARY(ReportKind.FINAL_ACCOUNTS, 4, "财政拨款收入支出决算总表",
            List.of(Columns.AMOUNT), List.of(Columns.TOTAL, Columns.GPB, Columns.FUND, Columns.SOE)),
    /** 公开05 一般公共预算财政拨款支出决算表. */
    FA_GPB_EXPENDITURE(ReportKind.FINAL_ACCOUNTS, 5, "一般公共预算财政拨款支出决算表", List.of(),
            List.of(Columns.TOTAL, Columns.BASIC, Columns.PROJECT)),
    /**
     * 公开06 一般公共预算财政拨款基本支出决算明细表: economic rows, each amount under 人员经费 or 公用经费 by the
     * half of the table it is printed in.
     */
    FA_GPB_BASIC_DETAIL(ReportKind.FINAL_ACCOUNTS, 6, "一般公共预算财政拨款基本支出决算明细表", List.of(),
            List.of(Columns.PERSONNEL, Columns.PUBLIC)),
    /** 公开07 政府性基金预算财政拨款收入支出决算表. */
    FA_FUND(ReportKind.FINAL_ACCOUNTS, 7, "政府性基金预算财政拨款收入支出决算表", List.of(),
            List.of(Columns.OPENING_BALANCE, Columns.INCOME, Columns.TOTAL, Columns.BASIC, Columns.PROJECT,
                    Columns.CLOSING_BALANCE)),
    /** 公开08 国有资本经营预算财政拨款支出决算表. */
    FA_SOE(ReportKind.FINAL_ACCOUNTS, 8, "国有资本经营预算财政拨款支出决算表", List.of(),
            List.of(Columns.TOTAL, Columns.BASIC, Columns.PROJECT)),
    /**
     * 公开09 财政拨款“三公”经费支出决算表: one row per item (合计, 因公出国（境）费, 公务用车购置及运行维护费 with
     * its two parts, 公务接待费), with the 预算数 and the 决算数, however the template lays them out.
     */
    FA_THREE_PUBLIC(ReportKind.FINAL_ACCOUNTS, 9, "财政拨款“三公”经费支出决算表", List.of(),
            List.of(Columns.BUDGET, Columns.FINAL)),
    /** 公开10 部门决算公开相关信息统计表: 政府采购, 机关运行经费, vehicles, equipment; each row with its 行次. */
    FA_RELATED_INFO(ReportKind.FINAL_ACCOUNTS, 10, "部门决算公开相关信息统计表", List.of(),
            List.of(Columns.AMOUNT));

    private final ReportKind kind;
    private final int number;
    private final String title;
    private final List<String> incomeColumns;
    private final List<String> columns;

    TableType(ReportKind kind, int number, String title, List<String> incomeColumns, List<String> columns) {
        this.kind = kind;
        this.number = number;
        this.title = title;
        this.incomeColumns = incomeColumns;
        this.columns = columns;
    }

    public ReportKind kind() {
        return kind;
    }

    /**
     * Whether the published table's header ends with a 栏次 line numbering its amount columns 1, 2, 3 … left to
     * right, as the final-accounts templates print it (all but 公开10, whose one figure column is not numbered).
     */
    public boolean numbersColumns() {
        return kind == ReportKind.FINAL_ACCOUNTS && this != FA_RELATED_INFO;
    }

    /** The canonical number (1-13 for budgets, 1-10 for final accounts), used in findings and JSON whatever the template printed. */
    public int number() {
        return number;
    }

    /** The canonical title, without the year. */
    public String title() {
        return title;
    }

    /** Whether the table has an income side and an expenditure side. */
    public boolean twoSided() {
        return !incomeColumns.isEmpty() && !columns.isEmpty();
    }

    /** Columns of the rows on the given side, in printed order. */
    public List<String> columns(Side side) {
        if (side == Side.INCOME || columns.isEmpty()) {
            return incomeColumns;
        }
        return columns;
    }

    public static TableType byNumber(ReportKind kind, int number) {
        for (TableType type : values()) {
            if (type.kind == kind && type.number == number) {
                return type;
            }
        }
        return null;
    }
}
