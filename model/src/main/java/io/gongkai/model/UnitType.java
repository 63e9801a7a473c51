package io.gongkai.model;

/** The legal type of a budget unit, which decides for example whether 机关运行经费 applies. */
public enum UnitType {
    /** 行政单位. */
    ADMINISTRATIVE("行政单位"),
    /** 参照公务员法管理事业单位 (参公). */
    CIVIL_SERVICE_MANAGED("参照公务员法管理事业单位"),
    /** 事业单位. */
    PUBLIC_INSTITUTION("事业单位"),
    /** The document does not say. */
    UNKNOWN("");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
