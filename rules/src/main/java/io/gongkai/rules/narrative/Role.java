package io.gongkai.rules.narrative;

/** What table figure a narrative amount states. */
enum Role {
    /** 收入总计. */
    INCOME_TOTAL,
    /** 支出总计. */
    EXPENDITURE_TOTAL,
    /** The total of the section's own table (财政拨款收支总计, 一般公共预算当年支出, “三公”经费 …). */
    TOTAL,
    /** 本年收入 / 本年预算安排 / 当年拨款收入. */
    CURRENT,
    /** 上年结转. */
    CARRYOVER,
    /** 基本支出. */
    BASIC,
    /** 项目支出. */
    PROJECT,
    /** An income source (一般公共预算拨款收入 …). */
    SOURCE,
    /** A named row: a function class, 款 or 项, an economic item. */
    ROW,
    /** 人员经费. */
    PERSONNEL,
    /** 公用经费. */
    PUBLIC,
    /** 因公出国（境）费. */
    ABROAD,
    /** 公务接待费. */
    RECEPTION,
    /** 公务用车购置及运行费. */
    VEHICLES,
    /** 公务用车购置费. */
    VEHICLE_PURCHASE,
    /** 公务用车运行维护费. */
    VEHICLE_OPERATION,
    /** Last year's figure (上年预算数): not in this year's tables. */
    LAST_YEAR,
    /** Not recognised. */
    NONE
}
