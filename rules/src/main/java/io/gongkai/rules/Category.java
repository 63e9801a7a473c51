package io.gongkai.rules;

/** The families of rules, as the catalogue and reports group them. */
public enum Category {
    /** Arithmetic inside one table: totals, class = Σ款 = Σ项, total = basic + project. */
    ARITHMETIC("表内算术"),
    /** Identities between tables (DOMAIN.md identities 1–10). */
    CROSS_TABLE("表间关系"),
    /** The 情况说明 against the tables and against itself. */
    NARRATIVE("说明与表格"),
    /** What must be published: tables, sections, the 三公 split, goal tables. */
    COMPLETENESS("完整性"),
    /** Quality of the 绩效目标表. */
    PERFORMANCE("绩效目标"),
    /** Classification codes and names. */
    CLASSIFICATION("科目编码"),
    /** Vehicles, office space and equipment. */
    ASSETS("资产"),
    /** Final accounts (决算) specific rules. */
    FINAL_ACCOUNTS("决算"),
    /** A unit's budget and its final accounts of the same year, checked against each other. */
    LINKAGE("预决算衔接");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }
}
