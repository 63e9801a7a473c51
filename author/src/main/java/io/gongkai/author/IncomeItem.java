package io.gongkai.author;

import java.math.BigDecimal;

/**
 * One row of a budget-income table by income classification (收入分类科目): table 7 (政府性基金预算收入) and the income
 * side of table 9 (国有资本经营预算收入).
 *
 * @param code the income classification code as printed (1030148), or null
 * @param name its name (国有土地使用权出让收入)
 * @param amount the amount in 元
 */
public record IncomeItem(String code, String name, BigDecimal amount) {
}
