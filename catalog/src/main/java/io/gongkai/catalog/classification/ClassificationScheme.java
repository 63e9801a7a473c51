package io.gongkai.catalog.classification;

/** The classification schemes of expenditure that the catalogue holds. */
public enum ClassificationScheme {
    /** 支出功能分类科目: what the money is for (类/款/项). */
    FUNCTIONAL("支出功能分类科目"),
    /** 部门预算支出经济分类科目: what the money buys, as a department budgets it (类/款, 301…399). */
    ECONOMIC_DEPARTMENT("部门预算支出经济分类科目"),
    /** 政府预算支出经济分类科目: what the money buys, as the government budget shows it (类/款, 501…599). */
    ECONOMIC_GOVERNMENT("政府预算支出经济分类科目");

    private final String label;

    ClassificationScheme(String label) {
        this.label = label;
    }

    /** The Chinese name of the scheme. */
    public String label() {
        return label;
    }
}
