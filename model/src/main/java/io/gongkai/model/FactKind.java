package io.gongkai.model;

/** What a number in the narrative (情况说明) states. */
public enum FactKind {
    /** A money amount: 预算收入总计1,554.77万元. */
    AMOUNT,
    /** A share of a whole: 占54.49%. */
    SHARE,
    /** A signed change on last year: 比上年增加1081.49万元 (+), 减少25.39万元 (−). */
    CHANGE,
    /** A signed year-on-year rate: 增长228.51% (+), 下降3.61% (−). */
    CHANGE_RATE,
    /** A count: 二级项目5个, 公务用车编制0辆, 设备0台（套）. */
    COUNT,
    /** A physical quantity: 办公用房建筑总面积144平方米. */
    QUANTITY
}
