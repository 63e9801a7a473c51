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

    /** 上级补助收入 (final accounts). */
    public static final String SUPERIOR = "superior";
    /** 事业收入. */
    public static final String BUSINESS = "business";
    /** 经营收入. */
    public static final String OPERATING = "operating";
    /** 附属单位上缴收入. */
    public static final String AFFILIATED = "affiliated";
    /** 其他收入. */
    public static final String OTHER = "other";
    /** 使用非财政拨款结余（和专用结余）. */
    public static final String NON_FISCAL_BALANCE_USED = "nonFiscalBalanceUsed";
    /** 年初结转和结余 / 年初财政拨款结转和结余. */
    public static final String OPENING_BALANCE = "openingBalance";
    /** 结余分配. */
    public static final String BALANCE_DISTRIBUTION = "balanceDistribution";
    /** 年末结转和结余 / 年末财政拨款结转和结余. */
    public static final String CLOSING_BALANCE = "closingBalance";
    /** 人员经费合计 (final accounts table 06). */
    public static final String PERSONNEL_TOTAL = "personnelTotal";
    /** 公用经费合计 (final accounts table 06). */
    public static final String PUBLIC_TOTAL = "publicTotal";
    /** 政府采购 合计 (final accounts table 10). */
    public static final String PROCUREMENT_TOTAL = "procurementTotal";
    /** 政府采购 货物. */
    public static final String PROCUREMENT_GOODS = "procurementGoods";
    /** 政府采购 工程. */
    public static final String PROCUREMENT_WORKS = "procurementWorks";
    /** 政府采购 服务. */
    public static final String PROCUREMENT_SERVICES = "procurementServices";
    /** 机关运行经费 of 行政单位. */
    public static final String OPERATING_ADMINISTRATIVE = "operatingAdministrative";
    /** 机关运行经费 of 参照公务员法管理事业单位. */
    public static final String OPERATING_CIVIL_SERVICE_LIKE = "operatingCivilServiceLike";
    /** 车辆数合计（辆）. */
    public static final String VEHICLES_HELD = "vehiclesHeld";
    /** One category of held vehicles (领导用车 …) under {@link #VEHICLES_HELD}. */
    public static final String VEHICLE_CATEGORY = "vehicleCategory";
    /** 单价100万元（含）以上设备（不含车辆）. */
    public static final String EQUIPMENT_OVER_1M = "equipmentOver1m";

    private RowKeys() {
    }
}
