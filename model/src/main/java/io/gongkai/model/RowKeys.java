package io.gongkai.model;

/**
 * Canonical keys of the special rows of a table (totals, carry-over, the 三公 items, income sources), so that
 * rules find them whatever wording a template uses. Ordinary classification rows have no key.
 */
public final class RowKeys {
    /** 合计 / 部门合计 / the department row of tables 12 and 13. */
    public static final String TOTAL = "total";
    /** 本年收入合计. */
    public static final String CURRENT_INCOME_TOTAL = "currentIncomeTotal";
    /** 本年支出合计. */
    public static final String CURRENT_EXPENDITURE_TOTAL = "currentExpenditureTotal";
    /** 上年结转 / 上年财政拨款结转 (income side). */
    public static final String CARRYOVER = "carryover";
    /** 年终结转 (expenditure side). */
    public static final String YEAR_END_CARRYOVER = "yearEndCarryover";
    /** 收入总计. */
    public static final String INCOME_GRAND_TOTAL = "incomeGrandTotal";
    /** 支出总计. */
    public static final String EXPENDITURE_GRAND_TOTAL = "expenditureGrandTotal";
    /** Income source 一般公共预算 (in table 4 also the carry-over part, under {@link #CARRYOVER}). */
    public static final String GPB = "gpb";
    /** Income source 政府性基金预算. */
    public static final String FUND = "fund";
    /** Income source 国有资本经营预算. */
    public static final String SOE = "soe";
    /** Income source 财政专户管理资金. */
    public static final String SPECIAL = "special";
    /** Income source 单位资金. */
    public static final String UNIT = "unit";
    /** 因公出国（境）费. */
    public static final String ABROAD = "abroad";
    /** 公务接待费. */
    public static final String RECEPTION = "reception";
    /** 公务用车购置及运行费. */
    public static final String VEHICLES = "vehicles";
    /** ①公务用车购置费. */
    public static final String VEHICLE_PURCHASE = "vehiclePurchase";
    /** ②公务用车运行维护费. */
    public static final String VEHICLE_OPERATION = "vehicleOperation";
    /** A group row of table 6 (工资福利支出, 商品和服务支出 ...). */
    public static final String ECONOMIC_GROUP = "economicGroup";
    /** A unit subtotal row of tables 11-13. */
    public static final String UNIT_SUBTOTAL = "unitSubtotal";
    /** A project row of tables 12 and 13. */
    public static final String PROJECT = "project";

    private RowKeys() {
    }
}
