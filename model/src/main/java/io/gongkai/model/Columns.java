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

    private Columns() {
    }
}
