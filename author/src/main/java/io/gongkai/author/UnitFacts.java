package io.gongkai.author;

import io.gongkai.model.UnitType;
import java.util.List;
import java.util.Objects;

/**
 * What the department is and how it is organised (第一部分 概况).
 *
 * @param name the department's full name (长治市屯留区商务局)
 * @param code 主管部门代码 (003), or null
 * @param type 行政单位, 参照公务员法管理事业单位 or 事业单位
 * @param duties 一、职责: the numbered duties, one per entry
 * @param internalOffices 内设机构
 * @param subordinateUnits 下属单位 named in 机构设置
 * @param consolidatedUnits the budget units whose budgets the report consolidates besides the department itself
 *                          (纳入部门预算编制范围的预算单位); line items name them in {@link LineItem#unit()}
 */
public record UnitFacts(String name, String code, UnitType type, List<String> duties, List<String> internalOffices,
                        List<String> subordinateUnits, List<ConsolidatedUnit> consolidatedUnits) {

    public UnitFacts {
        Objects.requireNonNull(name, "name");
        type = type == null ? UnitType.UNKNOWN : type;
        duties = duties == null ? List.of() : List.copyOf(duties);
        internalOffices = internalOffices == null ? List.of() : List.copyOf(internalOffices);
        subordinateUnits = subordinateUnits == null ? List.of() : List.copyOf(subordinateUnits);
        consolidatedUnits = consolidatedUnits == null ? List.of() : List.copyOf(consolidatedUnits);
    }

    /**
     * A budget unit consolidated into the department's budget.
     *
     * @param name its full name, as line items and projects refer to it
     * @param type its legal type (decides its 机关运行经费 and the economic mapping of its line items)
     */
    public record ConsolidatedUnit(String name, UnitType type) {
        public ConsolidatedUnit {
            Objects.requireNonNull(name, "name");
            type = type == null ? UnitType.UNKNOWN : type;
        }
    }
}
