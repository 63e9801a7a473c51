package io.gongkai.catalog.classification;

import io.gongkai.model.UnitType;
import java.util.Optional;

/** The kind of budget unit that decides how a 部门 economic code maps to a 政府 economic code. */
public enum UnitKind {
    /** 机关: 行政单位 and 参照公务员法管理事业单位, whose spending shows as 501-504. */
    ORGAN("机关"),
    /** 事业单位: funded through 505 对事业单位经常性补助 and 506 对事业单位资本性补助. */
    PUBLIC_INSTITUTION("事业单位");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    /** The Chinese name of the kind. */
    public String label() {
        return label;
    }

    /** The kind for a unit's legal type, or empty when the type is unknown. */
    public static Optional<UnitKind> of(UnitType type) {
        if (type == null) {
            return Optional.empty();
        }
        switch (type) {
            case ADMINISTRATIVE:
            case CIVIL_SERVICE_MANAGED:
                return Optional.of(ORGAN);
            case PUBLIC_INSTITUTION:
                return Optional.of(PUBLIC_INSTITUTION);
            default:
                return Optional.empty();
        }
    }
}
