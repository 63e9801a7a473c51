package io.gongkai.author.input;

import io.gongkai.model.UnitType;
import java.util.Optional;

/** Unit types as people write them: 行政单位/行政, 参照公务员法管理事业单位/参公, 事业单位/事业, or the constant. */
public final class UnitTypes {

    private UnitTypes() {
    }

    public static Optional<UnitType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        for (UnitType type : UnitType.values()) {
            if (type != UnitType.UNKNOWN && (type.label().equals(s) || type.name().equals(s))) {
                return Optional.of(type);
            }
        }
        return Optional.ofNullable(switch (s) {
            case "行政", "机关", "行政机关" -> UnitType.ADMINISTRATIVE;
            case "参公", "参公单位", "参照公务员法管理的事业单位" -> UnitType.CIVIL_SERVICE_MANAGED;
            case "事业" -> UnitType.PUBLIC_INSTITUTION;
            default -> null;
        });
    }
}
