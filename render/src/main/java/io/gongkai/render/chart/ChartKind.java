package io.gongkai.render.chart;

/** The charts a disclosure shows, each placed after the 情况说明 section it illustrates. */
public enum ChartKind {
    /** 收入预算图: income by source, with 上年结转 (table 1); final accounts: 收入决算图 by source (公开02). */
    INCOME_BY_SOURCE("收入预算图", "二", "收入决算图", "二", false),
    /** 支出预算图: basic against project expenditure, carry-over included (table 3; final accounts 公开03). */
    BASIC_VS_PROJECT("支出预算图（基本支出与项目支出）", "三", "支出决算图（基本支出与项目支出）", "三", false),
    /** 一般公共预算支出结构图: this year's 一般公共预算 by function 类 (table 5; final accounts 公开05). */
    GPB_BY_CLASS("一般公共预算支出结构图", "五", "一般公共预算财政拨款支出决算结构图", "五", true),
    /** “三公”经费分布图 (table 10; final accounts 公开09, the 决算数). */
    THREE_PUBLIC("“三公”经费分布图", "七", "“三公”经费支出决算分布图", "九", true);

    private final String title;
    private final String section;
    private final String finalAccountsTitle;
    private final String finalAccountsSection;
    private final boolean bars;

    ChartKind(String title, String section, String finalAccountsTitle, String finalAccountsSection, boolean bars) {
        this.title = title;
        this.section = section;
        this.finalAccountsTitle = finalAccountsTitle;
        this.finalAccountsSection = finalAccountsSection;
        this.bars = bars;
    }

    /** The printed title in final accounts (收入决算图 …). */
    public String finalAccountsTitle() {
        return finalAccountsTitle;
    }

    /** The ordinal of the 情况说明 section of final accounts the chart follows (二, 三, 五, 九). */
    public String finalAccountsSection() {
        return finalAccountsSection;
    }

    /** The printed title. */
    public String title() {
        return title;
    }

    /** The ordinal of the 情况说明 section the chart follows (二, 三, 五, 七). */
    public String section() {
        return section;
    }

    /** Whether the chart is drawn as bars (categories to compare) rather than a pie (shares of a whole). */
    public boolean bars() {
        return bars;
    }
}
