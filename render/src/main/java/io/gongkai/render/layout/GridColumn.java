package io.gongkai.render.layout;

import io.gongkai.model.Side;

/**
 * One printed column of a table grid.
 *
 * @param side the side of a two-sided table the column belongs to, else NONE
 * @param role what the column holds
 * @param amountColumn the canonical amount column ({@link io.gongkai.model.Columns}) of an AMOUNT column, else null
 */
public record GridColumn(Side side, Role role, String amountColumn) {

    /** What a column holds. */
    public enum Role {
        /** 科目编码. */
        CODE,
        /** The row's name (科目名称, 项目, 单位名称, 部门预算经济科目名称). */
        NAME,
        /** The second name (政府预算支出经济科目名称 in table 6). */
        ALT_NAME,
        /** The 行次 (line number) final accounts print after a row's label. */
        LINE_NUMBER,
        /** An amount in 万元. */
        AMOUNT
    }

    public boolean isAmount() {
        return role == Role.AMOUNT;
    }
}
