package io.gongkai.author.derive;

import io.gongkai.model.TableType;

/** The published title of a standard table: the year, the canonical title and, where the template has it, 不含上年结转. */
final class TableTitle {

    private TableTitle() {
    }

    static String of(int year, TableType type) {
        String suffix = switch (type) {
            case GPB_EXPENDITURE, GPB_BASIC_BY_ECONOMIC, FUND_INCOME, FUND_EXPENDITURE, SOE_BUDGET -> "（不含上年结转）";
            default -> "";
        };
        return year + "年" + type.title() + suffix;
    }
}
