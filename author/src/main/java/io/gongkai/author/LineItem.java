package io.gongkai.author;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a department's budget (预算明细): an amount in 元 classified by function, economic nature and source.
 * Every table of the disclosure is a sum of line items.
 *
 * @param unit the budget unit (预算单位) that spends it; null or blank for the department itself
 * @param functionCode 支出功能分类科目 at 项 level (7 digits: 2010101)
 * @param economicCode 部门预算支出经济分类科目 at 款 level (5 digits: 30101)
 * @param governmentEconomicCode 政府预算支出经济分类科目 at 款 level (50101); null to take it from the standard
 *                               mapping for the unit's type
 * @param source 资金来源
 * @param nature 基本支出 or 项目支出
 * @param project the project's name for 项目支出, else null
 * @param carryover whether the money is carried over from last year (上年结转) rather than this year's budget
 * @param amount the amount in 元, exact
 */
public record LineItem(String unit, String functionCode, String economicCode, String governmentEconomicCode,
                       FundSource source, ExpenditureNature nature, String project, boolean carryover,
                       BigDecimal amount) {

    public LineItem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(amount, "amount");
        unit = blankToNull(unit);
        project = blankToNull(project);
        governmentEconomicCode = blankToNull(governmentEconomicCode);
    }

    /** The 类 code (first three digits of the functional code). */
    public String functionClass() {
        return functionCode.substring(0, 3);
    }

    /** The 款 code (first five digits of the functional code). */
    public String functionSection() {
        return functionCode.substring(0, 5);
    }

    /** The economic 类 (first three digits of the departmental economic code). */
    public String economicClass() {
        return economicCode.substring(0, 3);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
