package io.gongkai.corpus;

/** The kinds of defect the corpus generator plants, one per defective document. */
public enum DefectType {

    /** A changed amount in a table cell (any table but 三公, which has its own type). */
    TABLE_AMOUNT("表格金额被改动"),
    /** A number stated in 情况说明 that disagrees with the tables. */
    NARRATIVE_FIGURE("情况说明数字与表格不符"),
    /** One of the standard tables left out. */
    MISSING_TABLE("缺少公开表"),
    /** 年度资金总额 of a 项目支出绩效目标表 (in 元) that disagrees with the project's amount. */
    GOAL_FUNDS("绩效目标表资金（元）不符"),
    /** A functional classification code printed with another code's name (wrong 科目名称). */
    CODE_NAME("科目编码与名称不符"),
    /** A changed item of the 三公 table (表10). */
    THREE_PUBLIC_ITEM("三公经费项目被改动"),
    /** 国有资产 in 情况说明 states more vehicles held (实有) than the quota (编制). */
    VEHICLES_OVER_QUOTA("公务用车实有超编制");

    private final String label;

    DefectType(String label) {
        this.label = label;
    }

    /** The Chinese description. */
    public String label() {
        return label;
    }
}
