package io.gongkai.model;

/**
 * Canonical column names (DOMAIN.md). Table cells are keyed by these names in every template.
 */
public final class Columns {
    /** 金额: the single amount column of an income side. */
    public static final String AMOUNT = "amount";
    /** 合计. */
    public static final String TOTAL = "total";
    /** 小计 (table 4, the fiscal subtotal). */
    public static final String SUBTOTAL = "subtotal";
    /** 当年预算安排. */
    public static final String CURRENT = "current";
    /** 上年结转 (安排). */
    public static final String CARRYOVER = "carryover";
    /** 一般公共预算. */
    public static final String GPB = "gpb";
    /** 政府性基金预算. */
    public static final String FUND = "fund";
    /** 国有资本经营预算. */
    public static final String SOE = "soe";
    /** 财政专户管理资金. */
    public static final String SPECIAL = "special";
    /** 单位资金. */
    public static final String UNIT = "unit";
    /** 基本支出. */
    public static final String BASIC = "basic";
    /** 项目支出. */
    public static final String PROJECT = "project";
    /** 人员经费. */
    public static final String PERSONNEL = "personnel";
    /** 公用经费. */
    public static final String PUBLIC = "public";

    /** 财政拨款收入 (final accounts table 02). */
    public static final String FISCAL = "fiscal";
    /** 上级补助收入. */
    public static final String SUPERIOR = "superior";
    /** 事业收入. */
    public static final String BUSINESS = "business";
    /** 经营收入 (table 02) / 经营支出 (table 03). */
    public static final String OPERATING = "operating";
    /** 附属单位上缴收入. */
    public static final String AFFILIATED = "affiliated";
    /** 其他收入. */
    public static final String OTHER = "other";
    /** 上缴上级支出. */
    public static final String TO_SUPERIOR = "toSuperior";
    /** 对附属单位补助支出. */
    public static final String TO_AFFILIATED = "toAffiliated";
    /** 年初结转和结余. */
    public static final String OPENING_BALANCE = "openingBalance";
    /** 本年收入. */
    public static final String INCOME = "income";
    /** 年末结转和结余. */
    public static final String CLOSING_BALANCE = "closingBalance";
    /** 预算数 (final accounts table 09: the full-year budget after adjustment). */
    public static final String BUDGET = "budget";
    /** 决算数. */
    public static final String FINAL = "final";

    private Columns() {
    }
}
