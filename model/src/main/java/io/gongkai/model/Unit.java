package io.gongkai.model;

/**
 * The department or budget unit (预算单位) that publishes the disclosure.
 *
 * @param name full name, e.g. 长治市屯留区商务发展中心
 * @param code the 主管部门代码 when the document gives one (e.g. 119), else null
 * @param type 行政/参公/事业, or UNKNOWN
 */
public record Unit(String name, String code, UnitType type) {

    public Unit {
        type = type == null ? UnitType.UNKNOWN : type;
    }
}
